//! `h200-data`: the data editors' command line.
//!
//! - `h200-data check [FILE]`: validate a dataset (default `data/h200.json`); prints each
//!   error as `$.json.path: message`; exit 1 if any. Warns on stderr (exit 0) when `as_of`
//!   is more than 90 days before today.
//! - `h200-data status ISO --at YYYY-MM-DD [--json]`: a country's export and import status,
//!   with the conditions and exceptions holding that day and the changes scheduled after.
//! - `h200-data changes --from DATE --to DATE [--json]`: countries whose status changed.
//! - `h200-data export --format csv|json --at DATE`: the readers' table.
//! - `h200-data review [--json]`: what needs a human (unconfirmed facts, mirrors and unread
//!   copies, aged sources, facts after `as_of`, scheduled changes).
//! - `h200-data log [--json]`: the corrections log, newest first.
//! - `h200-data render [--at DATE] [--view export|import] [--lang fr|en|de|es]
//!   [--style inline|classes] [--interactive]`: the map as SVG, drawn by
//!   `core::render::map_svg` (the live map's and the downloads' renderer).
//!
//! Every command takes `--data FILE` to read another dataset than the shipped one, and
//! `--today YYYY-MM-DD` to fix "today" (for tests; default: the system clock, UTC).

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::collections::HashMap;
    use std::io::{self, Write};
    use std::process::ExitCode;

    use clap::{Parser, Subcommand, ValueEnum};
    use h200_map::core::date::Date;
    use h200_map::core::engine::Model;
    use h200_map::core::freshness::{
        after_as_of, as_of_in_future, as_of_is_stale, AFTER_AS_OF_GRACE_DAYS,
    };
    use h200_map::core::i18n::sentences::look;
    use h200_map::core::i18n::Lang;
    use h200_map::core::layout::crop_height;
    use h200_map::core::model::{Axis, Status};
    use h200_map::core::render::{map_svg, RenderOptions, Style, Theme};
    use h200_map::core::report::{
        corrections_log, log_text, status_report, status_text, table, ChangeReport,
    };
    use h200_map::core::review::{review, review_text};
    use h200_map::core::shipped::{self, DATASET_JSON};
    use h200_map::core::validate::report;

    #[derive(Parser)]
    #[command(
        name = "h200-data",
        about = "Validate and query the H200 legal-status dataset",
        version
    )]
    struct Cli {
        /// Dataset file (default: the shipped data/h200.json).
        #[arg(long, global = true)]
        data: Option<String>,
        /// Today's date, YYYY-MM-DD (default: the system clock, UTC): for tests.
        #[arg(long, global = true)]
        today: Option<Date>,
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Subcommand)]
    enum Command {
        /// Validate a dataset; exit 1 with one line per error.
        Check {
            /// Dataset to check (default: --data or the shipped dataset).
            file: Option<String>,
        },
        /// Export and import status of one country at a date.
        Status {
            /// ISO 3166-1 alpha-2 code, e.g. CN.
            iso: String,
            /// Date, YYYY-MM-DD (default: the dataset's as_of).
            #[arg(long)]
            at: Option<Date>,
            /// Print JSON.
            #[arg(long)]
            json: bool,
        },
        /// Every country whose status changed between two dates.
        Changes {
            #[arg(long)]
            from: Date,
            #[arg(long)]
            to: Date,
            /// Print JSON.
            #[arg(long)]
            json: bool,
        },
        /// The table of every country at a date.
        Export {
            #[arg(long, value_enum, default_value = "csv")]
            format: Format,
            /// Date, YYYY-MM-DD (default: the dataset's as_of).
            #[arg(long)]
            at: Option<Date>,
        },
        /// What needs a human: unconfirmed facts, mirrors, aged sources, dates after as_of.
        Review {
            /// Print JSON.
            #[arg(long)]
            json: bool,
        },
        /// The corrections log, newest first.
        Log {
            /// Print JSON.
            #[arg(long)]
            json: bool,
        },
        /// The map of one axis at a date as an SVG document (the widget's renderer).
        Render {
            /// Date, YYYY-MM-DD (default: the dataset's as_of).
            #[arg(long)]
            at: Option<Date>,
            /// The axis shown.
            #[arg(long, value_enum, default_value = "export")]
            view: View,
            /// Language of the accessible names' status words (fr, en, de, es); country
            /// names are the map's English names.
            #[arg(long, default_value = "en")]
            lang: String,
            /// `inline`: the light theme's colours written in (a file that stands alone);
            /// `classes`: class names for the widget's stylesheet.
            #[arg(long, value_enum, default_value = "inline")]
            style: RenderStyle,
            /// Shapes as ARIA buttons (`role`, `aria-label`, `aria-pressed`, marker hit
            /// circles), as the live map, rather than with a `<title>`.
            #[arg(long)]
            interactive: bool,
        },
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum View {
        Export,
        Import,
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum RenderStyle {
        Inline,
        Classes,
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum Format {
        Csv,
        Json,
    }

    /// A failure: writing the output (a closed pipe is not an error) or anything else,
    /// with its message.
    enum Failure {
        Io(io::Error),
        Msg(String),
    }

    impl From<io::Error> for Failure {
        fn from(e: io::Error) -> Self {
            Failure::Io(e)
        }
    }

    impl From<String> for Failure {
        fn from(m: String) -> Self {
            Failure::Msg(m)
        }
    }

    type Out<'a> = &'a mut dyn Write;

    /// A warning on stderr (so JSON on stdout stays clean); a failure to write it is ignored.
    fn warn(msg: &str) {
        let _ = writeln!(io::stderr(), "warning: {msg}");
    }

    /// Today (UTC) from the system clock.
    fn system_today() -> Date {
        const UNIX_EPOCH_JULIAN_DAY: i64 = 2_440_588;
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        Date::from_day_number((UNIX_EPOCH_JULIAN_DAY + secs / 86_400) as i32)
            .expect("the system clock gives a date in range")
    }

    fn load(path: Option<&str>) -> Result<Model, String> {
        let text = match path {
            Some(p) => std::fs::read_to_string(p).map_err(|e| format!("{p}: cannot read: {e}"))?,
            None => DATASET_JSON.to_string(),
        };
        let name = path.unwrap_or("data/h200.json (shipped)");
        shipped::model_from_json(&text)
            .map_err(|errors| format!("{name}: {} error(s)\n{}", errors.len(), report(&errors)))
    }

    /// A date shown well after the dataset's `as_of` may miss later changes: say so.
    fn warn_after_as_of(model: &Model, date: Date) {
        let as_of = model.dataset().as_of;
        if after_as_of(date, as_of) {
            warn(&format!(
                "{date} is more than {AFTER_AS_OF_GRACE_DAYS} days after the dataset's as_of ({as_of}): later changes may be missing"
            ));
        }
    }

    fn json(out: Out, value: &impl serde::Serialize) -> Result<(), Failure> {
        let text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
        writeln!(out, "{text}")?;
        Ok(())
    }

    fn name_of(iso: &str) -> String {
        thread_local!(static WORLD: h200_map::core::geometry::MapGeometry = shipped::world());
        WORLD.with(|w| w.feature(iso).map(|f| f.name.clone()).unwrap_or_default())
    }

    fn check(out: Out, path: Option<&str>, today: Date) -> Result<(), Failure> {
        let model = load(path)?;
        let d = model.dataset();
        if as_of_in_future(d.as_of, today) {
            return Err(Failure::Msg(format!(
                "{}: 1 error(s)\n$.as_of: {} is after today ({today}): as_of is \"facts checked up to\", the last day researched, so it cannot be a day still to come; set it to the last day you researched",
                path.unwrap_or("data/h200.json (shipped)"),
                d.as_of
            )));
        }
        writeln!(
            out,
            "ok: {} sources, {} instruments, {} groups, {} rules, {} corrections; {} map entities covered from {} (as of {})",
            d.sources.len(),
            d.instruments.len(),
            d.groups.len(),
            d.rules.len(),
            d.corrections.len(),
            model.entities().len(),
            d.model_start,
            d.as_of
        )?;
        if as_of_is_stale(d.as_of, today) {
            warn(&format!(
                "as_of {} is {} days before today ({today}): research the events since and bring as_of forward",
                d.as_of,
                d.as_of.days_until(today)
            ));
        }
        Ok(())
    }

    fn status(
        out: Out,
        model: &Model,
        iso: &str,
        at: Option<Date>,
        as_json: bool,
    ) -> Result<(), Failure> {
        let iso = iso.to_ascii_uppercase();
        if !model.entities().contains(&iso) {
            return Err(format!(
                "unknown country code '{iso}' (ISO 3166-1 alpha-2 of a map entity)"
            )
            .into());
        }
        let date = at.unwrap_or(model.dataset().as_of);
        warn_after_as_of(model, date);
        let r = status_report(model, &iso, date).ok_or_else(|| {
            format!(
                "{date} is before the model start {}",
                model.dataset().model_start
            )
        })?;
        if as_json {
            json(out, &r)
        } else {
            write!(out, "{}", status_text(&r, &name_of(&iso)))?;
            Ok(())
        }
    }

    fn changes(
        out: Out,
        model: &Model,
        from: Date,
        to: Date,
        as_json: bool,
    ) -> Result<(), Failure> {
        if to < from {
            return Err(format!("--to {to} is before --from {from}").into());
        }
        let changes = model.changes(from, to);
        if as_json {
            let rows: Vec<serde_json::Value> = changes
                .iter()
                .map(|c| {
                    serde_json::json!({
                        "iso": c.iso,
                        "axis": c.axis.code(),
                        "from": {"date": from.to_string(), "status": c.before.status.code()},
                        "to": {"date": to.to_string(), "status": c.after.status.code()},
                        "changes": c.changes.iter().map(|x| ChangeReport::from(*x)).collect::<Vec<_>>(),
                        "rules": c.after.rules,
                        "sources": c.after.sources.iter().filter_map(|id| model.source(id)).collect::<Vec<_>>(),
                    })
                })
                .collect();
            return json(out, &rows);
        }
        for c in &changes {
            let steps: Vec<String> = c
                .changes
                .iter()
                .map(|x| format!("{} -> {}", x.date, x.status.code()))
                .collect();
            let cites: Vec<String> = c
                .after
                .sources
                .iter()
                .filter_map(|id| model.source(id))
                .map(|s| format!("{} ({}, {})", s.title, s.publisher, s.date))
                .collect();
            writeln!(
                out,
                "{} {} {}: {} -> {} ({}); rule {}; sources: {}",
                c.iso,
                name_of(&c.iso),
                c.axis.code(),
                c.before.status.code(),
                c.after.status.code(),
                steps.join(", "),
                c.after.rules[0],
                cites.join("; ")
            )?;
        }
        writeln!(out, "{} change(s) between {from} and {to}", changes.len())?;
        Ok(())
    }

    fn export(out: Out, model: &Model, format: Format, at: Option<Date>) -> Result<(), Failure> {
        let date = at.unwrap_or(model.dataset().as_of);
        warn_after_as_of(model, date);
        let rows = table(model, date, name_of);
        match format {
            Format::Json => json(out, &rows),
            Format::Csv => {
                let mut w = csv::Writer::from_writer(Vec::new());
                for r in &rows {
                    w.serialize(r).map_err(|e| e.to_string())?;
                }
                let bytes = w.into_inner().map_err(|e| e.to_string())?;
                out.write_all(&bytes)?;
                Ok(())
            }
        }
    }

    /// Options of [`render`].
    struct RenderArgs {
        at: Option<Date>,
        view: View,
        lang: String,
        style: RenderStyle,
        interactive: bool,
    }

    /// The bare map (no title, legend or stamp) of one axis at a date, cropped as the
    /// widget crops it, markers laid out as the widget lays them out.
    fn render(out: Out, model: &Model, args: RenderArgs) -> Result<(), Failure> {
        let lang = Lang::from_tag(&args.lang)
            .ok_or_else(|| format!("--lang {}: expected fr, en, de or es", args.lang))?;
        let axis = match args.view {
            View::Export => Axis::Export,
            View::Import => Axis::Import,
        };
        let date = args.at.unwrap_or(model.dataset().as_of);
        warn_after_as_of(model, date);
        let geo = shipped::world();
        let statuses: HashMap<String, Status> = model.snapshot(axis, date).into_iter().collect();
        let names: HashMap<String, String> = geo
            .features
            .iter()
            .map(|f| (f.iso.clone(), f.name.clone()))
            .collect();
        let markers = shipped::markers(&geo);
        let theme = Theme::light();
        let opts = RenderOptions {
            style: match args.style {
                RenderStyle::Inline => Style::Inline(&theme),
                RenderStyle::Classes => Style::Classes,
            },
            interactive: args.interactive,
            height: crop_height(&geo),
            frame: None,
        };
        let look_of = |iso: &str| look(lang, iso, &names, &statuses, None);
        writeln!(out, "{}", map_svg(&geo, &markers, &look_of, &opts))?;
        Ok(())
    }

    fn run(cli: Cli, out: Out) -> Result<(), Failure> {
        let today = cli.today.unwrap_or_else(system_today);
        if let Command::Check { file } = &cli.command {
            return check(out, file.as_deref().or(cli.data.as_deref()), today);
        }
        let model = load(cli.data.as_deref())?;
        match cli.command {
            Command::Check { .. } => unreachable!("handled above"),
            Command::Status { iso, at, json: j } => status(out, &model, &iso, at, j),
            Command::Changes { from, to, json: j } => changes(out, &model, from, to, j),
            Command::Export { format, at } => export(out, &model, format, at),
            Command::Review { json: j } => {
                let items = review(&model, Some(today));
                if j {
                    json(out, &items)
                } else {
                    Ok(write!(out, "{}", review_text(&items))?)
                }
            }
            Command::Render {
                at,
                view,
                lang,
                style,
                interactive,
            } => render(
                out,
                &model,
                RenderArgs {
                    at,
                    view,
                    lang,
                    style,
                    interactive,
                },
            ),
            Command::Log { json: j } => {
                let log = corrections_log(&model);
                if j {
                    json(out, &log)
                } else {
                    Ok(write!(out, "{}", log_text(&log))?)
                }
            }
        }
    }

    pub fn main() -> ExitCode {
        let cli = Cli::parse();
        let stdout = io::stdout();
        let mut out = stdout.lock();
        let result = run(cli, &mut out).and_then(|()| Ok(out.flush()?));
        match result {
            Ok(()) => ExitCode::SUCCESS,
            // The reader closed the pipe (`| head`): not an error.
            Err(Failure::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(Failure::Io(e)) => {
                let _ = writeln!(io::stderr(), "cannot write the output: {e}");
                ExitCode::FAILURE
            }
            Err(Failure::Msg(msg)) => {
                let _ = writeln!(io::stderr(), "{msg}");
                ExitCode::FAILURE
            }
        }
    }
}
