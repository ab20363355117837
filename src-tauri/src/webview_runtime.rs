//! Windows: Cairn's window draws with Microsoft's WebView2 runtime, which
//! Windows 11 carries and Windows 10 gets with Edge's updates. On a
//! computer without it the web view cannot be made, and the window would
//! never appear; instead Cairn says so in a dialog, with the free runtime's
//! download page one click away, and exits. The installer does not bundle
//! Microsoft's bootstrapper (it is built offline, and the command line needs
//! no runtime), so this check is the whole answer for such a computer.
//! Elsewhere the web view is the system's own (WebKitGTK, WKWebView).

/// Where Microsoft offers the WebView2 runtime (the Evergreen bootstrapper).
pub const DOWNLOAD_PAGE: &str = "https://developer.microsoft.com/microsoft-edge/webview2/";

/// What the person reads when the runtime is missing: the sentence, and the
/// question whether to open the download page.
pub fn missing_runtime_words() -> (String, String) {
    (
        cairn_core::tr!("startup-no-webview2", url = DOWNLOAD_PAGE),
        cairn_core::tr!("startup-open-download"),
    )
}

/// Whether the window can be drawn here. When it cannot (Windows without
/// WebView2), the person has been told, and the caller exits.
#[cfg(windows)]
pub fn ready_or_explained() -> bool {
    match tauri::webview_version() {
        Ok(version) => {
            tracing::debug!(%version, "WebView2 runtime");
            true
        }
        Err(e) => {
            let (sentence, question) = missing_runtime_words();
            tracing::error!(error = %e, "no WebView2 runtime: {sentence}");
            let answer = rfd::MessageDialog::new()
                .set_level(rfd::MessageLevel::Info)
                .set_title("Cairn")
                .set_description(format!("{sentence}\n\n{question}"))
                .set_buttons(rfd::MessageButtons::YesNo)
                .show();
            if answer == rfd::MessageDialogResult::Yes {
                // Explorer hands an address to the default browser.
                if let Err(e) = std::process::Command::new("explorer")
                    .arg(DOWNLOAD_PAGE)
                    .spawn()
                {
                    tracing::warn!(error = %e, "could not open the download page");
                }
            }
            false
        }
    }
}

/// The system's own web view is always there off Windows.
#[cfg(not(windows))]
pub fn ready_or_explained() -> bool {
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sentence_names_the_download_page_and_the_command_line() {
        let (sentence, question) = missing_runtime_words();
        assert!(sentence.contains(DOWNLOAD_PAGE), "{sentence}");
        assert!(sentence.contains("cairn log"), "{sentence}");
        assert!(!question.is_empty());
    }
}
