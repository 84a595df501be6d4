//! `h200-data`: the data editors' command line.
//!
//! - `h200-data check [FILE]`: validate a dataset (default `data/h200.json`); prints each
//!   error as `$.json.path: message`; exit 1 if any.
//! - `h200-data status ISO --at YYYY-MM-DD [--json]`: a country's export and import status.
//! - `h200-data changes --from DATE --to DATE [--json]`: countries whose status changed.
//! - `h200-data export --format csv|json --at DATE`: the readers' table.
//!
//! Every command takes `--data FILE` to read another dataset than the shipped one.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::process::ExitCode;

    use clap::{Parser, Subcommand, ValueEnum};
    use h200_map::core::date::Date;
    use h200_map::core::engine::Model;
    use h200_map::core::report::{status_report, table, ChangeReport};
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
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum Format {
        Csv,
        Json,
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

    /// Facts after the dataset's `as_of` are not known: say so (on stderr, so JSON stays clean).
    fn warn_after_as_of(model: &Model, date: Date) {
        let as_of = model.dataset().as_of;
        if date > as_of {
            eprintln!("warning: {date} is after the dataset's as_of ({as_of}): later changes may be missing");
        }
    }

    fn run(cli: Cli) -> Result<(), String> {
        let names = shipped::world();
        let name_of = |iso: &str| {
            names
                .feature(iso)
                .map(|f| f.name.clone())
                .unwrap_or_default()
        };
        match cli.command {
            Command::Check { file } => {
                let path = file.or(cli.data);
                let model = load(path.as_deref())?;
                let d = model.dataset();
                println!(
                    "ok: {} sources, {} instruments, {} groups, {} rules; {} map entities covered from {} (as of {})",
                    d.sources.len(),
                    d.instruments.len(),
                    d.groups.len(),
                    d.rules.len(),
                    model.entities().len(),
                    d.model_start,
                    d.as_of
                );
            }
            Command::Status { iso, at, json } => {
                let model = load(cli.data.as_deref())?;
                let iso = iso.to_ascii_uppercase();
                if !model.entities().contains(&iso) {
                    return Err(format!(
                        "unknown country code '{iso}' (ISO 3166-1 alpha-2 of a map entity)"
                    ));
                }
                let date = at.unwrap_or(model.dataset().as_of);
                warn_after_as_of(&model, date);
                let r = status_report(&model, &iso, date).ok_or_else(|| {
                    format!(
                        "{date} is before the model start {}",
                        model.dataset().model_start
                    )
                })?;
                if json {
                    println!(
                        "{}",
                        serde_json::to_string_pretty(&r).map_err(|e| e.to_string())?
                    );
                } else {
                    println!("{} ({}) on {}", name_of(&iso), iso, r.date);
                    for (label, a) in [("US export", &r.export), ("Import", &r.import)] {
                        println!(
                            "  {label}: {} [{}] since {}",
                            a.status, a.confidence, a.effective
                        );
                        println!("    {}", a.summary);
                        for c in &a.conditions {
                            println!("    - {c}");
                        }
                        for s in &a.sources {
                            println!(
                                "    source: {} ({}, {}) {}",
                                s.title, s.publisher, s.date, s.url
                            );
                        }
                    }
                }
            }
            Command::Changes { from, to, json } => {
                let model = load(cli.data.as_deref())?;
                if to < from {
                    return Err(format!("--to {to} is before --from {from}"));
                }
                let changes = model.changes(from, to);
                if json {
                    let out: Vec<serde_json::Value> = changes
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
                    println!(
                        "{}",
                        serde_json::to_string_pretty(&out).map_err(|e| e.to_string())?
                    );
                } else {
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
                        println!(
                            "{} {} {}: {} -> {} ({}); rule {}; sources: {}",
                            c.iso,
                            name_of(&c.iso),
                            c.axis.code(),
                            c.before.status.code(),
                            c.after.status.code(),
                            steps.join(", "),
                            c.after.rules[0],
                            cites.join("; ")
                        );
                    }
                    println!("{} change(s) between {from} and {to}", changes.len());
                }
            }
            Command::Export { format, at } => {
                let model = load(cli.data.as_deref())?;
                let date = at.unwrap_or(model.dataset().as_of);
                warn_after_as_of(&model, date);
                let rows = table(&model, date, name_of);
                match format {
                    Format::Json => println!(
                        "{}",
                        serde_json::to_string_pretty(&rows).map_err(|e| e.to_string())?
                    ),
                    Format::Csv => {
                        let mut w = csv::Writer::from_writer(std::io::stdout());
                        for r in &rows {
                            w.serialize(r).map_err(|e| e.to_string())?;
                        }
                        w.flush().map_err(|e| e.to_string())?;
                    }
                }
            }
        }
        Ok(())
    }

    pub fn main() -> ExitCode {
        // Piped into `head`: stop quietly on a closed pipe instead of panicking.
        std::panic::set_hook(Box::new(|info| {
            let msg = info.to_string();
            if msg.contains("Broken pipe") {
                std::process::exit(0);
            }
            eprintln!("{msg}");
        }));
        match run(Cli::parse()) {
            Ok(()) => ExitCode::SUCCESS,
            // The reader closed the pipe (`| head`): not an error.
            Err(msg) if msg.contains("Broken pipe") => ExitCode::SUCCESS,
            Err(msg) => {
                eprintln!("{msg}");
                ExitCode::FAILURE
            }
        }
    }
}
