//! `h200-geo`: builds `assets/world.geo` from Natural Earth TopoJSON (see
//! `h200_map::core::geo_pipeline` for the steps), then lays out its markers into
//! `assets/markers.txt` (`h200_map::core::layout::marker_positions`). Inputs come from npm:
//! `npm install --no-save world-atlas@2.0.2 i18n-iso-countries@7`. With `--markers-only`
//! it only lays out the markers of the committed `assets/world.geo` (no npm inputs).

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::path::PathBuf;
    use std::process::ExitCode;
    use std::time::Instant;

    use clap::Parser;
    use h200_map::core::geo_pipeline::{
        self, Config, DEFAULT_CODES, DEFAULT_INPUT, DEFAULT_MARKERS, DEFAULT_OUTPUT,
    };
    use h200_map::core::geometry;
    use h200_map::core::layout;

    /// Build the map geometry asset from Natural Earth TopoJSON.
    #[derive(Parser, Debug)]
    #[command(name = "h200-geo", version, about)]
    struct Args {
        /// Natural Earth countries TopoJSON (world-atlas).
        #[arg(long, default_value = DEFAULT_INPUT)]
        input: PathBuf,
        /// ISO 3166-1 table: codes.json of i18n-iso-countries.
        #[arg(long, default_value = DEFAULT_CODES)]
        codes: PathBuf,
        /// Where to write the asset.
        #[arg(long, default_value = DEFAULT_OUTPUT)]
        output: PathBuf,
        /// Where to write the marker layout of the map.
        #[arg(long, default_value = DEFAULT_MARKERS)]
        markers: PathBuf,
        /// Only lay out the markers of the existing `--output` map.
        #[arg(long)]
        markers_only: bool,
        /// Do not write: exit 1 if an output file differs from what would be written.
        #[arg(long)]
        check: bool,
    }

    /// The marker layout file of the map `geo_text`.
    fn markers_file(geo_text: &str) -> Result<String, String> {
        let geo = geometry::parse(geo_text).map_err(|e| e.to_string())?;
        Ok(layout::markers_file(&geo))
    }

    /// Writes `text` to `path`, or with `check` compares it; `what` names the file.
    fn write_or_check(path: &PathBuf, text: &str, check: bool) -> Result<(), String> {
        if check {
            let current = std::fs::read_to_string(path).unwrap_or_default();
            if current != text {
                return Err(format!(
                    "{} is out of date; run h200-geo to regenerate it",
                    path.display()
                ));
            }
            return Ok(());
        }
        std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
    }

    /// `--markers-only`: the markers of the map already in `--output`.
    fn markers_only(args: &Args) -> ExitCode {
        let result = std::fs::read_to_string(&args.output)
            .map_err(|e| format!("cannot read {}: {e}", args.output.display()))
            .and_then(|geo| markers_file(&geo))
            .and_then(|text| write_or_check(&args.markers, &text, args.check));
        match result {
            Ok(()) => {
                println!(
                    "h200-geo: {} {} (markers of {})",
                    if args.check { "up to date:" } else { "wrote" },
                    args.markers.display(),
                    args.output.display()
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("h200-geo: error: {e}");
                ExitCode::FAILURE
            }
        }
    }

    pub fn main() -> ExitCode {
        let args = Args::parse();
        if args.markers_only {
            return markers_only(&args);
        }
        let started = Instant::now();
        let config = Config::for_input(&args.input);
        let out = match geo_pipeline::build_files(&args.input, &args.codes, &config) {
            Ok(out) => out,
            Err(e) => {
                eprintln!("h200-geo: error: {e}");
                if matches!(e, geo_pipeline::PipelineError::Read { .. }) {
                    eprintln!(
                        "h200-geo: hint: npm install --no-save world-atlas@2.0.2 i18n-iso-countries@7"
                    );
                }
                return ExitCode::FAILURE;
            }
        };
        for w in &out.warnings {
            eprintln!("h200-geo: warning: {w}");
        }
        let bytes = out.text.len();
        let result = write_or_check(&args.output, &out.text, args.check)
            .and_then(|()| markers_file(&out.text))
            .and_then(|text| write_or_check(&args.markers, &text, args.check));
        if let Err(e) = result {
            eprintln!("h200-geo: error: {e}");
            return ExitCode::FAILURE;
        }
        println!(
            "h200-geo: {} {} and {}: {} features, {} markers, {bytes} bytes ({:.2} s)",
            if args.check { "up to date:" } else { "wrote" },
            args.output.display(),
            args.markers.display(),
            out.features,
            out.markers,
            started.elapsed().as_secs_f64()
        );
        ExitCode::SUCCESS
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
