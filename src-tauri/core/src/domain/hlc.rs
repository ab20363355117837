//! Hybrid logical clocks for sync (docs/sync.md): each change made on a
//! computer carries one. A clock is wall-clock milliseconds, a counter for
//! changes within the same millisecond (or while the wall clock lags behind
//! a clock already seen) and the device id, so two clocks are never equal
//! unless they are the same change, and every computer orders them alike.
//!
//! Pure rules: "now" is passed in.

use std::cmp::Ordering;
use std::fmt;

use super::RuleError;

/// One point of a hybrid logical clock. Ordered by wall time, counter, then
/// device: the order last-writer-wins uses.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Hlc {
    pub wall_ms: i64,
    pub counter: u32,
    pub device: String,
}

/// Counters are written as six hex digits.
const MAX_COUNTER: u32 = 0xFF_FFFF;

impl Ord for Hlc {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.wall_ms, self.counter, &self.device).cmp(&(
            other.wall_ms,
            other.counter,
            &other.device,
        ))
    }
}

impl PartialOrd for Hlc {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Hlc {
    /// The clock before any change of `device`.
    pub fn zero(device: &str) -> Hlc {
        Hlc {
            wall_ms: 0,
            counter: 0,
            device: device.to_owned(),
        }
    }

    /// The clock of a change made now, after `last` (this device's latest
    /// clock, sent or received): never behind `last`, even when the wall
    /// clock went backwards.
    pub fn send(last: &Hlc, now_ms: i64, device: &str) -> Hlc {
        let (wall_ms, counter) = if now_ms > last.wall_ms {
            (now_ms, 0)
        } else {
            bump(last.wall_ms, last.counter)
        };
        Hlc {
            wall_ms,
            counter,
            device: device.to_owned(),
        }
    }

    /// This device's clock after seeing `remote`: ahead of both, so a change
    /// made here later orders after the change it may have read.
    pub fn receive(last: &Hlc, remote: &Hlc, now_ms: i64, device: &str) -> Hlc {
        let wall = now_ms.max(last.wall_ms).max(remote.wall_ms);
        let (wall_ms, counter) = if wall == now_ms && wall > last.wall_ms && wall > remote.wall_ms {
            (wall, 0)
        } else {
            let counter = match (wall == last.wall_ms, wall == remote.wall_ms) {
                (true, true) => last.counter.max(remote.counter),
                (true, false) => last.counter,
                (false, true) => remote.counter,
                (false, false) => 0,
            };
            bump(wall, counter)
        };
        Hlc {
            wall_ms,
            counter,
            device: device.to_owned(),
        }
    }

    /// Sortable text: `wall(13 digits).counter(6 hex).device`. Text order is
    /// clock order.
    pub fn encode(&self) -> String {
        format!("{:013}.{:06x}.{}", self.wall_ms, self.counter, self.device)
    }

    pub fn parse(text: &str) -> Result<Hlc, RuleError> {
        let bad = || RuleError::new(crate::tr!("error-sync-clock-invalid", value = text));
        let mut parts = text.splitn(3, '.');
        let (wall, counter, device) = match (parts.next(), parts.next(), parts.next()) {
            (Some(w), Some(c), Some(d)) => (w, c, d),
            _ => return Err(bad()),
        };
        if wall.len() != 13 || counter.len() != 6 || device.is_empty() {
            return Err(bad());
        }
        let wall_ms = wall.parse::<i64>().map_err(|_| bad())?;
        let counter = u32::from_str_radix(counter, 16).map_err(|_| bad())?;
        if wall_ms < 0 || !wall.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        Ok(Hlc {
            wall_ms,
            counter,
            device: device.to_owned(),
        })
    }

    /// How far this clock is ahead of `now_ms` (zero when behind).
    pub fn ahead_of(&self, now_ms: i64) -> i64 {
        (self.wall_ms - now_ms).max(0)
    }
}

/// The next counter at `wall`; past the counter's room, the next millisecond.
fn bump(wall: i64, counter: u32) -> (i64, u32) {
    if counter >= MAX_COUNTER {
        (wall + 1, 0)
    } else {
        (wall, counter + 1)
    }
}

impl fmt::Display for Hlc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.encode())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "aaaaaaaa-0000-4000-8000-000000000001";
    const B: &str = "bbbbbbbb-0000-4000-8000-000000000002";
    const HOUR: i64 = 3_600_000;
    const T: i64 = 1_795_000_000_000;

    fn h(wall_ms: i64, counter: u32, device: &str) -> Hlc {
        Hlc {
            wall_ms,
            counter,
            device: device.into(),
        }
    }

    #[test]
    fn send_follows_the_wall_clock_and_never_goes_back() {
        // (last, now, expected)
        let cases = [
            (h(0, 0, A), T, h(T, 0, A)),
            (h(T, 0, A), T, h(T, 1, A)),
            (h(T, 5, A), T + 1, h(T + 1, 0, A)),
            // The wall clock went backwards an hour: the clock stays ahead.
            (h(T, 5, A), T - HOUR, h(T, 6, A)),
            // The counter is full: the next millisecond.
            (h(T, MAX_COUNTER, A), T, h(T + 1, 0, A)),
        ];
        for (last, now, want) in cases {
            let got = Hlc::send(&last, now, A);
            assert_eq!(got, want, "send after {last} at {now}");
            assert!(got > last);
        }
    }

    #[test]
    fn receive_moves_past_both_clocks() {
        // (last here, remote, now, expected)
        let cases = [
            (h(T, 0, A), h(T - 10, 3, B), T + 5, h(T + 5, 0, A)),
            (h(T, 2, A), h(T, 7, B), T, h(T, 8, A)),
            (h(T, 9, A), h(T - 1, 70, B), T - 2, h(T, 10, A)),
            // A clock hours ahead: this device follows it, so what it writes
            // next still orders after what it read.
            (h(T, 0, A), h(T + 3 * HOUR, 4, B), T, h(T + 3 * HOUR, 5, A)),
        ];
        for (last, remote, now, want) in cases {
            let got = Hlc::receive(&last, &remote, now, A);
            assert_eq!(got, want, "receive {remote} after {last} at {now}");
            assert!(got > last && got.wall_ms >= remote.wall_ms);
            assert!(Hlc::send(&got, now, A) > remote);
        }
    }

    #[test]
    fn text_order_is_clock_order_and_round_trips() {
        let clocks = [
            h(0, 0, A),
            h(5, 0, B),
            h(T, 0, A),
            h(T, 0, B),
            h(T, 1, A),
            h(T, 0x10, A),
            h(T + 1, 0, A),
            h(T + 3 * HOUR, 0, A),
        ];
        for pair in clocks.windows(2) {
            assert!(pair[0] < pair[1]);
            assert!(
                pair[0].encode() < pair[1].encode(),
                "{} < {}",
                pair[0],
                pair[1]
            );
        }
        for c in clocks {
            assert_eq!(Hlc::parse(&c.encode()).unwrap(), c);
        }
    }

    #[test]
    fn malformed_clock_text_is_refused() {
        for text in [
            "",
            "123",
            "1795000000000.000000.",
            "179500000000.000000.a",
            "1795000000000.00000g.a",
            "-795000000000.000000.a",
            "1795000000000.0000001.a",
        ] {
            assert!(Hlc::parse(text).is_err(), "{text:?}");
        }
    }

    #[test]
    fn how_far_ahead() {
        assert_eq!(h(T + HOUR, 0, A).ahead_of(T), HOUR);
        assert_eq!(h(T - HOUR, 0, A).ahead_of(T), 0);
    }
}
