//! The window's messages of the Chronicle, Week, Data and Sync pages in
//! German and Spanish: plural forms and grouped numbers, formatted the way
//! the catalogue tests check every message can be.

use cairn_core::i18n::with_language;
use cairn_core::tr;

#[test]
fn chronicle_counts_choose_their_plural_and_group_their_numbers() {
    assert_eq!(
        tr!("chronicle-year-total", count = 1),
        "1 win in the last 53 weeks"
    );
    with_language("de", || {
        assert_eq!(
            tr!("chronicle-year-total", count = 1),
            "1 Erfolg in den letzten 53 Wochen"
        );
        assert_eq!(
            tr!("chronicle-year-total", count = 1234),
            "1.234 Erfolge in den letzten 53 Wochen"
        );
        assert_eq!(
            tr!("chronicle-run-going", count = 2),
            "Läuft gerade: 2 Tage."
        );
    });
    with_language("es", || {
        assert_eq!(
            tr!("chronicle-year-total", count = 1),
            "1 logro en las últimas 53 semanas"
        );
        assert_eq!(
            tr!("chronicle-comebacks", count = 3),
            "3 regresos: volviste cada vez."
        );
    });
}

#[test]
fn week_and_sync_sentences_agree_with_their_numbers() {
    with_language("de", || {
        assert_eq!(
            tr!("week-rest", count = 1),
            "1 Ruhetag genommen. Ruhe gehört zum Weg."
        );
        assert_eq!(
            tr!("week-one-things", done = 2, count = 5),
            "Das Eine des Tages erledigt an 2 von 5 Tagen."
        );
        assert_eq!(
            tr!("sync-pending", count = 1),
            "1 Änderung von diesem Computer wartet darauf, geschrieben zu werden."
        );
    });
    with_language("es", || {
        assert_eq!(
            tr!("week-run-days", count = 1),
            "— una racha de 1 día, que sigue en marcha."
        );
        assert_eq!(
            tr!("data-already-there", count = 2),
            "2 elementos ya están aquí y se quedan como están."
        );
        assert_eq!(
            tr!("heatmap-cell", date = "lunes", count = 0),
            "lunes: ningún logro"
        );
    });
}
