//! The catalogue as the window receives it: parsed here, by the same parser
//! `fluent-bundle` uses, into plain JSON that `ui/i18n.js` formats with the
//! browser's `Intl.PluralRules` and `Intl.NumberFormat`.
//!
//! Why the page formats and Rust does not: the window's words take values
//! only the page has at the moment it draws (a count that just changed, a
//! title being typed), and a round trip per sentence would make every
//! render wait on IPC. So Rust hands the page the parsed messages once, with
//! its first view, and the page fills them in.
//!
//! Only the window's own messages go over (about two thirds of the
//! catalogue; the tray's, the command line's and the errors' stay here).
//!
//! The shape: `{"id", "locale", "dir", "weekStart": 1–7 (Monday is 1),
//! "pseudo": [open, close] | null, "messages": {id: part | [part…]}}`; an
//! attribute is `"id.attr"`. A part is a string; `{"$": name}` a variable
//! (`"n": {options}` when it goes through `NUMBER`); `{"s": part, "v":
//! [[key, part…]…], "d": index}` a selection by plural category or exact
//! value. Message and term references
//! are filled in here. Anything else (`DATETIME`, a term with arguments)
//! is refused: a test compiles every catalogue.

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, Pattern, PatternElement};
use serde_json::{json, Map, Value};
use std::collections::HashSet;
use std::sync::OnceLock;

use super::catalogue::{accent, Language, PSEUDO_CLOSE, PSEUDO_OPEN};

/// The window's catalogue for `lang`, as JSON text: only the messages the
/// window speaks ([`ids`]); the tray's, the command line's and the errors'
/// stay in Rust, which formats them itself.
pub fn compile(lang: &Language) -> String {
    let window = ids();
    let (messages, errors) = messages_where(lang, |id| window.contains(id));
    for e in &errors {
        tracing::error!(error = %e, id = lang.id(), "a message the window cannot format");
    }
    json!({
        "id": lang.id(),
        "locale": lang.locale(),
        "dir": if lang.rtl() { "rtl" } else { "ltr" },
        // The page's weeks start where the core's do (the week's review,
        // the nudge), by the same rule, not by the browser's own table.
        "weekStart": super::locale::first_weekday(lang.locale())
            .number_from_monday(),
        "pseudo": if lang.is_pseudo() { json!([PSEUDO_OPEN, PSEUDO_CLOSE]) } else { Value::Null },
        "messages": messages,
    })
    .to_string()
}

/// The ids of the messages the window speaks: those in English's
/// `## ── window (begin)` … `## ── window (end)` sections. Other catalogues
/// need not keep English's order; English decides.
pub fn ids() -> &'static HashSet<String> {
    static IDS: OnceLock<HashSet<String>> = OnceLock::new();
    IDS.get_or_init(|| {
        // The bundles' parser drops comments; the sections are comments.
        let source = super::catalogue::source("en").unwrap_or_default();
        let resource = match fluent_syntax::parser::parse(source) {
            Ok(resource) => resource,
            Err((resource, _)) => resource,
        };
        let mut ids = HashSet::new();
        let mut in_window = false;
        for entry in &resource.body {
            match entry {
                Entry::GroupComment(c) => {
                    let first = c.content.first().copied().unwrap_or_default();
                    if let Some(marker) = first.strip_prefix("── ") {
                        if marker.contains("(begin)") {
                            in_window = marker.starts_with("window (begin)");
                        } else if marker.contains("(end)") {
                            in_window = false;
                        }
                    }
                }
                Entry::Message(m) if in_window => {
                    ids.insert(m.id.name.to_owned());
                }
                _ => {}
            }
        }
        ids
    })
}

/// Every message of `lang` (English filling in what it lacks), and what
/// could not be compiled.
pub fn messages(lang: &Language) -> (Map<String, Value>, Vec<String>) {
    messages_where(lang, |_| true)
}

/// [`messages`], for the message ids `keep` accepts only.
fn messages_where(
    lang: &Language,
    keep: impl Fn(&str) -> bool,
) -> (Map<String, Value>, Vec<String>) {
    let mut out = Map::new();
    let mut errors = vec![];
    let english = super::Language::get(&super::locale::Resolved::from_tag("en"));
    let sources: Vec<&Language> = if lang.id() == "en" || lang.is_pseudo() {
        vec![lang]
    } else {
        vec![&*english, lang]
    };
    // English first, then the translation over it.
    for source in sources {
        let compiler = Compiler {
            lang: source,
            pseudo: lang.is_pseudo(),
        };
        for entry in source.entries() {
            let Entry::Message(m) = entry else { continue };
            if !keep(m.id.name) {
                continue;
            }
            if let Some(value) = &m.value {
                match compiler.pattern(value, 0) {
                    Ok(v) => {
                        out.insert(m.id.name.to_owned(), compiler.finish(v));
                    }
                    Err(e) => errors.push(format!("{}: {e}", m.id.name)),
                }
            }
            for a in &m.attributes {
                let key = format!("{}.{}", m.id.name, a.id.name);
                match compiler.pattern(&a.value, 0) {
                    Ok(v) => {
                        out.insert(key, compiler.finish(v));
                    }
                    Err(e) => errors.push(format!("{key}: {e}")),
                }
            }
        }
    }
    (out, errors)
}

struct Compiler<'a> {
    lang: &'a Language,
    pseudo: bool,
}

type Parts = Vec<Value>;

impl Compiler<'_> {
    fn finish(&self, mut parts: Parts) -> Value {
        if self.pseudo {
            parts.insert(0, Value::String(PSEUDO_OPEN.into()));
            parts.push(Value::String(PSEUDO_CLOSE.into()));
        }
        simplify(parts)
    }

    fn text(&self, s: &str) -> Value {
        Value::String(if self.pseudo {
            accent(s).into_owned()
        } else {
            s.to_owned()
        })
    }

    fn pattern(&self, p: &Pattern<&str>, depth: u8) -> Result<Parts, String> {
        if depth > 8 {
            return Err("references nest too deep".into());
        }
        let mut parts = vec![];
        for element in &p.elements {
            match element {
                PatternElement::TextElement { value } => parts.push(self.text(value)),
                PatternElement::Placeable { expression } => {
                    parts.extend(self.expression(expression, depth)?)
                }
            }
        }
        Ok(parts)
    }

    fn expression(&self, e: &Expression<&str>, depth: u8) -> Result<Parts, String> {
        match e {
            Expression::Inline(inline) => self.inline(inline, depth),
            Expression::Select { selector, variants } => {
                let selector = match self.inline(selector, depth)?.as_slice() {
                    [one] => one.clone(),
                    _ => return Err("a selector must be one variable".into()),
                };
                let mut list = vec![];
                let mut default = 0;
                for (i, v) in variants.iter().enumerate() {
                    let key = match &v.key {
                        ast::VariantKey::Identifier { name } => *name,
                        ast::VariantKey::NumberLiteral { value } => *value,
                    };
                    if v.default {
                        default = i;
                    }
                    let mut entry = vec![Value::String(key.to_owned())];
                    entry.push(simplify(self.pattern(&v.value, depth + 1)?));
                    list.push(Value::Array(entry));
                }
                Ok(vec![json!({"s": selector, "v": list, "d": default})])
            }
        }
    }

    fn inline(&self, e: &InlineExpression<&str>, depth: u8) -> Result<Parts, String> {
        match e {
            InlineExpression::StringLiteral { value } => Ok(vec![Value::String(
                fluent_syntax::unicode::unescape_unicode_to_string(value).into_owned(),
            )]),
            InlineExpression::NumberLiteral { value } => {
                Ok(vec![Value::String((*value).to_owned())])
            }
            InlineExpression::VariableReference { id } => Ok(vec![json!({"$": id.name})]),
            InlineExpression::FunctionReference { id, arguments } if id.name == "NUMBER" => {
                let [InlineExpression::VariableReference { id: var }] =
                    arguments.positional.as_slice()
                else {
                    return Err("NUMBER takes one variable".into());
                };
                let mut options = Map::new();
                for named in &arguments.named {
                    let value = match &named.value {
                        InlineExpression::NumberLiteral { value } => value
                            .parse::<f64>()
                            .map(|n| json!(n))
                            .map_err(|_| "a NUMBER option is not a number".to_string())?,
                        InlineExpression::StringLiteral { value } => json!(value),
                        _ => return Err("NUMBER options are literals".into()),
                    };
                    options.insert(named.name.name.to_owned(), value);
                }
                Ok(vec![json!({"$": var.name, "n": options})])
            }
            InlineExpression::FunctionReference { id, .. } => {
                Err(format!("the window has no function {}", id.name))
            }
            InlineExpression::MessageReference { id, attribute } => {
                let message = self
                    .lang
                    .bundle()
                    .get_message(id.name)
                    .ok_or_else(|| format!("no message {}", id.name))?;
                let pattern = match attribute {
                    Some(a) => message
                        .get_attribute(a.name)
                        .map(|a| a.value())
                        .ok_or_else(|| format!("no attribute {}.{}", id.name, a.name))?,
                    None => message
                        .value()
                        .ok_or_else(|| format!("{} has no value", id.name))?,
                };
                self.pattern(pattern, depth + 1)
            }
            InlineExpression::TermReference {
                id,
                attribute,
                arguments,
            } => {
                if arguments.is_some() {
                    return Err(format!(
                        "the window takes term -{} without arguments",
                        id.name
                    ));
                }
                let term = self
                    .lang
                    .term(id.name)
                    .ok_or_else(|| format!("no term -{}", id.name))?;
                let pattern = match attribute {
                    Some(a) => term
                        .attributes
                        .iter()
                        .find(|x| x.id.name == a.name)
                        .map(|x| &x.value)
                        .ok_or_else(|| format!("no attribute -{}.{}", id.name, a.name))?,
                    None => &term.value,
                };
                self.pattern(pattern, depth + 1)
            }
            InlineExpression::Placeable { expression } => self.expression(expression, depth),
        }
    }
}

/// Adjacent strings joined; a message of text alone is one string.
fn simplify(parts: Parts) -> Value {
    let mut out: Parts = vec![];
    for p in parts {
        match (out.last_mut(), p) {
            (Some(Value::String(last)), Value::String(s)) => last.push_str(&s),
            (_, p) => out.push(p),
        }
    }
    match out.as_slice() {
        [] => Value::String(String::new()),
        [Value::String(s)] => Value::String(s.clone()),
        _ => Value::Array(out),
    }
}
