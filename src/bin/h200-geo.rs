//! `h200-geo`: builds `assets/world.geo` from Natural Earth TopoJSON (see
//! `h200_map::core::geo_pipeline` for the steps). Inputs come from npm:
//! `npm install --no-save world-atlas@2.0.2 i18n-iso-countries@7`.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::path::PathBuf;
    use std::process::ExitCode;
    use std::time::Instant;

    use clap::Parser;
    use h200_map::core::geo_pipeline::{
        self, Config, DEFAULT_CODES, DEFAULT_INPUT, DEFAULT_OUTPUT,
    };

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
        /// Do not write: exit 1 if the output file differs from what would be written.
        #[arg(long)]
        check: bool,
    }

    pub fn main() -> ExitCode {
        let args = Args::parse();
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
        if args.check {
            let current = std::fs::read_to_string(&args.output).unwrap_or_default();
            if current != out.text {
                eprintln!(
                    "h200-geo: error: {} is out of date; run h200-geo to regenerate it",
                    args.output.display()
                );
                return ExitCode::FAILURE;
            }
            println!(
                "h200-geo: {} is up to date: {} features, {} markers, {bytes} bytes ({:.2} s)",
                args.output.display(),
                out.features,
                out.markers,
                started.elapsed().as_secs_f64()
            );
            return ExitCode::SUCCESS;
        }
        if let Err(e) = std::fs::write(&args.output, &out.text) {
            eprintln!(
                "h200-geo: error: cannot write {}: {e}",
                args.output.display()
            );
            return ExitCode::FAILURE;
        }
        println!(
            "h200-geo: wrote {}: {} features, {} markers, {bytes} bytes ({:.2} s)",
            args.output.display(),
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
