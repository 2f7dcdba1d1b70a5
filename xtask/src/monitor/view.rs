//! The monitor's live terminal view (ratatui): the latest values, the counters, and a chart of the last minute
//! of samples and temperatures. It redraws ten times a second and on a resize; `q`, Esc or Ctrl-C quit. Plain
//! terminal escape codes only, so it works over SSH.

use std::sync::mpsc;
use std::time::Duration;

use anyhow::Result;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style, Stylize};
use ratatui::symbols::Marker;
use ratatui::text::Line;
use ratatui::widgets::{Axis, Block, Chart, Dataset, GraphType, Paragraph};
use ratatui::Frame;

use super::{Csv, Input, Session};
use crate::monitor::state::HISTORY;

/// Runs the live view until the operator quits, the source closes or a limit is reached.
pub(super) fn live(
    session: &mut Session,
    inputs: &mpsc::Receiver<Input>,
    mut csv: Option<&mut Csv>,
    stop_after: Option<Duration>,
    frames: Option<u64>,
) -> Result<()> {
    let mut terminal = ratatui::init();
    let result = (|| -> Result<()> {
        loop {
            while let Ok(input) = inputs.try_recv() {
                session.take(input, csv.as_deref_mut(), |_| {})?;
            }
            terminal.draw(|frame| draw(frame, session))?;
            if stop_after.is_some_and(|limit| session.started.elapsed() >= limit)
                || frames.is_some_and(|n| session.monitor.counters.frames >= n)
            {
                return Ok(());
            }
            if event::poll(Duration::from_millis(100))? {
                if let Event::Key(key) = event::read()? {
                    let ctrl_c = key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL);
                    if key.kind == KeyEventKind::Press
                        && (matches!(key.code, KeyCode::Char('q') | KeyCode::Esc) || ctrl_c)
                    {
                        return Ok(());
                    }
                }
            }
        }
    })();
    ratatui::restore();
    eprintln!("{}", session.summary());
    result
}

/// The view as text, `width` x `height` characters (the README's picture, `--snapshot`).
pub(super) fn snapshot(session: &Session, width: u16, height: u16) -> String {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, height)).expect("in memory");
    terminal.draw(|frame| draw(frame, session)).expect("in memory");
    let buffer = terminal.backend().buffer();
    let mut text = String::new();
    for y in 0..height {
        let line: String = (0..width).map(|x| buffer[(x, y)].symbol().to_string()).collect();
        text.push_str(line.trim_end());
        text.push('\n');
    }
    text
}

fn draw(frame: &mut Frame, session: &Session) {
    let [title, top, charts, footer] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(9), Constraint::Min(8), Constraint::Length(1)])
            .areas(frame.area());
    frame.render_widget(Line::from(format!(" Keel monitor: {}", session.source)).bold(), title);
    let [now, counters] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(top);
    frame.render_widget(Paragraph::new(now_lines(session)).block(Block::bordered().title(" now ")), now);
    frame.render_widget(Paragraph::new(counter_lines(session)).block(Block::bordered().title(" counters ")), counters);
    let [samples, temperatures] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(charts);
    let now_s = session.started.elapsed().as_secs_f64();
    chart(frame, samples, " samples (raw), last minute ", &session.monitor.samples, now_s, Color::Cyan);
    chart(frame, temperatures, " temperature (C), last minute ", &session.monitor.temperatures, now_s, Color::Yellow);
    let hint = match &session.notice {
        Some(notice) => Line::from(format!(" {notice}")).red(),
        None => Line::from(" q quits").dim(),
    };
    frame.render_widget(hint, footer);
}

fn now_lines(session: &Session) -> Vec<Line<'static>> {
    let m = &session.monitor;
    let or_dash = |value: Option<String>| value.unwrap_or_else(|| "-".into());
    let status = m.status.as_ref();
    vec![
        Line::from(format!("sample       {}", or_dash(m.sample.map(|v| v.to_string())))),
        Line::from(format!(
            "temperature  {}",
            or_dash(m.temperature_mc.map(|mc| format!("{:.3} C", f64::from(mc) / 1000.0)))
        )),
        Line::from(format!("alarm        {}", or_dash(m.alarm.map(|a| format!("{a:?}").to_lowercase())))),
        Line::from(format!(
            "uptime       {}",
            or_dash(status.map(|s| format!("{:.1} s", f64::from(s.uptime_ms) / 1000.0)))
        )),
        Line::from(format!("rate         {}", or_dash(status.map(|s| format!("{} Hz", s.rate_hz))))),
        Line::from(format!(
            "cpu load     {}",
            or_dash(status.and_then(|s| s.cpu_ppm).map(|ppm| format!("{:.2}%", f64::from(ppm) / 10_000.0)))
        )),
        Line::from(format!("reset        {}", or_dash(status.map(|s| kebab(&format!("{:?}", s.reset_reason)))))),
    ]
}

fn counter_lines(session: &Session) -> Vec<Line<'static>> {
    let c = &session.monitor.counters;
    vec![
        Line::from(format!("frames           {}", c.frames)),
        Line::from(format!("samples          {}", c.samples)),
        Line::from(format!("lost frames      {}", c.lost)),
        Line::from(format!("undecodable      {}", c.undecodable)),
        Line::from(format!("dropped samples  {}  (node)", c.dropped_samples)),
        Line::from(match c.dropped_frames {
            Some(frames) => format!("dropped frames   {frames}  (node)"),
            None => "dropped frames   -  (not sent)".to_string(),
        }),
        Line::from(format!("sensor errors    {}  (node)", c.sensor_errors)),
        Line::from(format!("bytes            {}", c.bytes)),
    ]
}

fn chart(
    frame: &mut Frame,
    area: Rect,
    title: &'static str,
    history: &std::collections::VecDeque<(f64, f64)>,
    now_s: f64,
    color: Color,
) {
    let points: Vec<(f64, f64)> = history.iter().copied().collect();
    let (low, high) = points.iter().fold((f64::MAX, f64::MIN), |(lo, hi), &(_, v)| (lo.min(v), hi.max(v)));
    let (low, high) = if points.is_empty() {
        (0.0, 1.0)
    } else if high - low < 1.0 {
        (low - 0.5, high + 0.5)
    } else {
        (low, high)
    };
    let start = (now_s - HISTORY.as_secs_f64()).max(0.0);
    let dataset = Dataset::default()
        .marker(Marker::Braille)
        .graph_type(GraphType::Line)
        .style(Style::new().fg(color))
        .data(&points);
    let widget = Chart::new(vec![dataset])
        .block(Block::bordered().title(title))
        .x_axis(
            Axis::default()
                .bounds([start, start + HISTORY.as_secs_f64()])
                .labels([format!("{start:.0} s"), format!("{:.0} s", start + 60.0)]),
        )
        .y_axis(Axis::default().bounds([low, high]).labels([format!("{low:.1}"), format!("{high:.1}")]));
    frame.render_widget(widget, area);
}

/// `PowerOn` as `power-on`, the way the console names it.
fn kebab(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('-');
        }
        out.extend(c.to_lowercase());
    }
    out
}
