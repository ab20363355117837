//! Lowers the calling thread's priority, for work nobody waits on: the
//! daily whole-file check of the database and the backups after it
//! (`commands::data::start_check_and_backups`). Each system's own lowest
//! class for background work, through the thread-priority crate:
//! `SCHED_IDLE` on Linux (which the kernel's I/O schedulers also serve
//! last), the lowest priority on macOS, and background mode on Windows
//! (`THREAD_MODE_BACKGROUND_BEGIN`: lower CPU, disk and memory priority).

/// Lowers this thread's priority; if the system refuses, the work runs at
/// the usual priority (only slower for the rest of the app).
pub fn lower_this_thread() {
    if let Err(e) = lower() {
        tracing::debug!(error = ?e, "running the check at the usual priority");
    }
}

#[cfg(target_os = "linux")]
fn lower() -> Result<(), thread_priority::Error> {
    use thread_priority::unix::{
        set_thread_priority_and_policy, thread_native_id, NormalThreadSchedulePolicy,
        ThreadSchedulePolicy,
    };
    set_thread_priority_and_policy(
        thread_native_id(),
        thread_priority::ThreadPriority::Min,
        ThreadSchedulePolicy::Normal(NormalThreadSchedulePolicy::Idle),
    )
}

#[cfg(windows)]
fn lower() -> Result<(), thread_priority::Error> {
    use thread_priority::windows::WinAPIThreadPriority;
    thread_priority::set_current_thread_priority(thread_priority::ThreadPriority::Os(
        WinAPIThreadPriority::BackgroundModeBegin.into(),
    ))
}

#[cfg(not(any(target_os = "linux", windows)))]
fn lower() -> Result<(), thread_priority::Error> {
    thread_priority::set_current_thread_priority(thread_priority::ThreadPriority::Min)
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    #[test]
    fn the_thread_runs_in_the_idle_class() {
        std::thread::spawn(|| {
            super::lower_this_thread();
            let policy = thread_priority::unix::thread_schedule_policy().unwrap();
            assert_eq!(
                policy,
                thread_priority::unix::ThreadSchedulePolicy::Normal(
                    thread_priority::unix::NormalThreadSchedulePolicy::Idle
                )
            );
        })
        .join()
        .unwrap();
    }
}
