//! A change file's bytes (docs/sync.md, "Files"): a header line, one change
//! per line, and a closing line with the count and the SHA-256 of every
//! line before it, gzipped. Both directions go a line at a time: a snapshot
//! of a long history (tens of millions of fields at a million wins) is
//! never held in memory whole, neither when it is written nor when a new
//! computer reads it.

use std::io::{BufRead, Write};

use serde_json::{json, Value as Json};
use sha2::{Digest, Sha256};

use super::{Config, FORMAT, VERSION};
use crate::domain::hlc::Hlc;
use crate::error::Result;
use crate::store::sync::{self as db, Change};

/// A file's body as it is written, gzipped on the way (JSON lines compress
/// about fivefold: ids and clocks repeat).
pub(super) struct Body<W: Write> {
    // Lines reach the compressor in large pieces, as one buffer did.
    out: std::io::BufWriter<flate2::write::GzEncoder<W>>,
    hash: Sha256,
    count: usize,
}

impl<W: Write> Body<W> {
    /// Writes the header: `count` changes follow, clocks `first` to `last`.
    pub(super) fn start(
        out: W,
        cfg: &Config,
        kind: &str,
        count: usize,
        first: &str,
        last: &str,
    ) -> std::io::Result<Self> {
        let header = json!({
            "format": FORMAT,
            "version": VERSION,
            "kind": kind,
            "device": cfg.device,
            "incarnation": cfg.incarnation,
            "name": cfg.name,
            "count": count,
            "first": first,
            "last": last,
            "encryption": "none",
        });
        let mut body = Body {
            out: std::io::BufWriter::with_capacity(
                1 << 16,
                flate2::write::GzEncoder::new(out, flate2::Compression::default()),
            ),
            hash: Sha256::new(),
            count: 0,
        };
        body.put(header.to_string().as_bytes())?;
        Ok(body)
    }

    pub(super) fn line(&mut self, c: &Change) -> std::io::Result<()> {
        let line = json!([c.entity, c.key, c.field, db::value_to_json(&c.value), c.hlc]);
        self.count += 1;
        self.put(line.to_string().as_bytes())
    }

    /// The closing line (the count written and the hash of all before it).
    pub(super) fn finish(mut self) -> std::io::Result<W> {
        let hash = hex(&self.hash.clone().finalize());
        let end = json!({"end": true, "count": self.count, "sha256": hash});
        self.put(end.to_string().as_bytes())?;
        self.out.into_inner().map_err(|e| e.into_error())?.finish()
    }

    fn put(&mut self, line: &[u8]) -> std::io::Result<()> {
        self.hash.update(line);
        self.hash.update(b"\n");
        self.out.write_all(line)?;
        self.out.write_all(b"\n")
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Why a file's changes were not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Refused {
    /// A valid beginning without its closing line: still being copied.
    Incomplete,
    /// Not a change file, or one whose lines do not match its hash.
    Unreadable,
    /// Written by a newer Cairn (a newer version, or encrypted).
    Newer,
}

/// What a file's first line says.
#[derive(Debug)]
pub(super) struct Header {
    pub device: String,
    pub name: Option<String>,
    /// The changes it announces (the closing line's count is the one
    /// checked); it decides whether the merge is a bulk write.
    pub count: usize,
}

/// Reads a file's header; the changes after it are read by
/// [`Changes::merge_each`].
pub(super) fn open(bytes: &[u8]) -> std::result::Result<(Header, Changes<'_>), Refused> {
    let mut input: Box<dyn BufRead + '_> = if bytes.starts_with(&[0x1f, 0x8b]) {
        Box::new(std::io::BufReader::with_capacity(
            1 << 16,
            flate2::bufread::GzDecoder::new(bytes),
        ))
    } else {
        Box::new(bytes)
    };
    let mut line = Vec::new();
    read_line(&mut input, &mut line)?;
    if line.last() != Some(&b'\n') {
        // The start of a JSON object is a header still being copied.
        return Err(if line.is_empty() || line.starts_with(b"{") {
            Refused::Incomplete
        } else {
            Refused::Unreadable
        });
    }
    let header: Json =
        serde_json::from_slice(&line[..line.len() - 1]).map_err(|_| Refused::Unreadable)?;
    if header["format"] != FORMAT {
        return Err(Refused::Unreadable);
    }
    match header["version"].as_u64() {
        Some(v) if v > VERSION => return Err(Refused::Newer),
        Some(_) => {}
        None => return Err(Refused::Unreadable),
    }
    if header["encryption"].as_str().is_some_and(|e| e != "none") {
        return Err(Refused::Newer);
    }
    let device = header["device"].as_str().ok_or(Refused::Unreadable)?;
    let mut hash = Sha256::new();
    hash.update(&line);
    Ok((
        Header {
            device: device.to_owned(),
            name: header["name"].as_str().map(str::to_owned),
            count: header["count"].as_u64().unwrap_or_default() as usize,
        },
        Changes { input, hash },
    ))
}

/// One line into `line` (with its `\n`, if it has one); a gzip stream cut
/// short is a file still being copied.
fn read_line(input: &mut dyn BufRead, line: &mut Vec<u8>) -> std::result::Result<usize, Refused> {
    line.clear();
    input.read_until(b'\n', line).map_err(|e| {
        if e.kind() == std::io::ErrorKind::UnexpectedEof {
            Refused::Incomplete
        } else {
            Refused::Unreadable
        }
    })
}

/// The changes of an opened file, not yet read.
pub(super) struct Changes<'a> {
    input: Box<dyn BufRead + 'a>,
    hash: Sha256,
}

impl Changes<'_> {
    /// Reads the changes in order and hands them to `merge` `chunk` at a
    /// time. The file is whole only once its closing line is read: when it
    /// is not (cut short, a line that is no change, a hash or count that
    /// does not match), the inner result says why, and the caller must
    /// undo what `merge` did (it runs inside one transaction). The outer
    /// error is `merge`'s.
    pub(super) fn merge_each(
        mut self,
        chunk: usize,
        mut merge: impl FnMut(&[Change]) -> Result<()>,
    ) -> Result<std::result::Result<usize, Refused>> {
        let mut batch: Vec<Change> = Vec::with_capacity(chunk);
        let mut count = 0usize;
        // Only the line after a line tells that it was no closing line: a
        // line is held until the next one is read.
        let (mut held, mut next) = (Vec::new(), Vec::new());
        let mut holding = false;
        let mut malformed = false;
        loop {
            match read_line(&mut *self.input, &mut next) {
                Ok(0) => break,
                Ok(_) => {}
                Err(why) => return Ok(Err(why)),
            }
            if next.last() != Some(&b'\n') {
                return Ok(Err(Refused::Incomplete));
            }
            std::mem::swap(&mut held, &mut next);
            if !std::mem::replace(&mut holding, true) {
                continue;
            }
            // `next` holds the line before `held`: a change line.
            self.hash.update(&next);
            let text = &next[..next.len() - 1];
            if text.is_empty() || malformed {
                continue;
            }
            match change(text) {
                Some(c) => {
                    count += 1;
                    batch.push(c);
                    if batch.len() >= chunk {
                        merge(&batch)?;
                        batch.clear();
                    }
                }
                // Read on: a file cut short later is still arriving.
                None => malformed = true,
            }
        }
        if !holding {
            return Ok(Err(Refused::Incomplete));
        }
        let Ok(end) = serde_json::from_slice::<Json>(&held[..held.len() - 1]) else {
            return Ok(Err(Refused::Incomplete));
        };
        if end["end"] != true {
            return Ok(Err(Refused::Incomplete));
        }
        if malformed
            || end["sha256"].as_str() != Some(hex(&self.hash.finalize()).as_str())
            || end["count"].as_u64() != Some(count as u64)
        {
            return Ok(Err(Refused::Unreadable));
        }
        if !batch.is_empty() {
            merge(&batch)?;
        }
        Ok(Ok(count))
    }
}

/// One change line: `[entity, key, field, value, clock]`.
fn change(line: &[u8]) -> Option<Change> {
    let (entity, key, field, value, hlc) =
        serde_json::from_slice::<(String, String, String, Json, String)>(line).ok()?;
    if Hlc::parse(&hlc).is_err() || db::entity(&entity).is_none() {
        return None;
    }
    Some(Change {
        entity,
        key,
        field,
        value: db::value_from_json(&value)?,
        hlc,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Config {
        Config {
            folder: std::path::PathBuf::new(),
            device: "d1".into(),
            incarnation: "i1".into(),
            name: "Laptop".into(),
        }
    }

    fn changes(n: usize) -> Vec<Change> {
        (0..n)
            .map(|i| Change {
                entity: "wins".into(),
                key: format!("w{i:05}"),
                field: "text".into(),
                value: db::value_from_json(&Json::String(format!("win {i}"))).unwrap(),
                hlc: format!("{:013}.{:06x}.d1", 1_795_000_000_000u64 + i as u64, 0),
            })
            .collect()
    }

    fn written(changes: &[Change]) -> Vec<u8> {
        let mut body =
            Body::start(Vec::new(), &config(), "changes", changes.len(), "", "").unwrap();
        for c in changes {
            body.line(c).unwrap();
        }
        body.finish().unwrap()
    }

    fn gunzip(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(bytes), &mut out).unwrap();
        out
    }

    /// Every change `open` and `merge_each` hand over, in chunks of `chunk`,
    /// or why the file was refused.
    fn read(bytes: &[u8], chunk: usize) -> std::result::Result<Vec<Vec<Change>>, Refused> {
        let (header, lines) = open(bytes)?;
        assert_eq!(header.device, "d1");
        let mut chunks = Vec::new();
        let n = lines
            .merge_each(chunk, |c| {
                chunks.push(c.to_vec());
                Ok(())
            })
            .unwrap()?;
        assert_eq!(n, chunks.iter().map(Vec::len).sum::<usize>());
        Ok(chunks)
    }

    #[test]
    fn a_file_reads_back_in_chunks_as_written() {
        let all = changes(25);
        let bytes = written(&all);
        let chunks = read(&bytes, 10).unwrap();
        assert_eq!(chunks.iter().map(Vec::len).collect::<Vec<_>>(), [10, 10, 5]);
        assert_eq!(chunks.concat(), all);
        // The same lines not gzipped read the same.
        assert_eq!(read(&gunzip(&bytes), 100).unwrap().concat(), all);
    }

    #[test]
    fn an_empty_file_is_whole_with_no_changes() {
        assert_eq!(read(&written(&[]), 10).unwrap(), Vec::<Vec<Change>>::new());
    }

    #[test]
    fn a_file_cut_anywhere_is_still_arriving_and_hands_nothing_whole() {
        // Cut at every length, plain and gzipped: never taken as whole.
        let plain = gunzip(&written(&changes(3)));
        for cut in 0..plain.len() {
            let got = read(&plain[..cut], 2);
            assert!(
                matches!(got, Err(Refused::Incomplete)),
                "plain cut at {cut}: {got:?}"
            );
        }
        let zipped = written(&changes(3));
        for cut in 0..zipped.len() {
            let got = read(&zipped[..cut], 2);
            assert!(
                matches!(got, Err(Refused::Incomplete | Refused::Unreadable)),
                "gzip cut at {cut}: {got:?}"
            );
        }
    }

    #[test]
    fn a_changed_line_or_count_is_unreadable_even_after_chunks_went_by() {
        let plain = String::from_utf8(gunzip(&written(&changes(30)))).unwrap();
        let edited = plain.replacen("win 25", "win 26", 1);
        assert_eq!(read(edited.as_bytes(), 10), Err(Refused::Unreadable));
        let malformed = plain.replacen("[\"wins\",\"w00012\"", "[\"nope\",\"w00012\"", 1);
        assert_eq!(read(malformed.as_bytes(), 10), Err(Refused::Unreadable));
        // A malformed line in a file still arriving: still arriving.
        let cut = &malformed[..malformed.len() - 20];
        assert_eq!(read(cut.as_bytes(), 10), Err(Refused::Incomplete));
    }

    #[test]
    fn a_header_decides_before_any_change_is_read() {
        check(b"", Refused::Incomplete);
        check(b"{\"count\":3,\"dev", Refused::Incomplete);
        check(b"[\"wins\"", Refused::Unreadable);
        check(b"garbage\n", Refused::Unreadable);
        check(
            b"{\"format\":\"other\",\"version\":1}\n",
            Refused::Unreadable,
        );
        check(
            b"{\"format\":\"cairn-sync\",\"version\":2,\"device\":\"d1\"}\n",
            Refused::Newer,
        );
        check(
            b"{\"format\":\"cairn-sync\",\"version\":1,\"device\":\"d1\",\"encryption\":\"age\"}\n",
            Refused::Newer,
        );
        check(
            b"{\"format\":\"cairn-sync\",\"version\":1}\n",
            Refused::Unreadable,
        );

        fn check(bytes: &[u8], expected: Refused) {
            assert_eq!(
                open(bytes).err(),
                Some(expected),
                "{:?}",
                String::from_utf8_lossy(bytes)
            );
        }
    }
}
