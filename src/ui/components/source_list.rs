//! The sources of a status in the details panel, in the engine's order (those of the text
//! in force first, primary before mirrors, read before quoted before cited), each with how
//! reliable it is: an official text, an unofficial copy (mirror), a law firm, a news report
//! or an aggregator, and, for a document not read, how it is known ("not read: known from
//! a quotation in another document").
//!
//! Each item is `<li data-kind="KIND" data-access="read|quoted|cited">`.

use yew::prelude::*;

use crate::core::engine::Model;
use crate::core::i18n::law::{source_access_label, source_kind_label};
use crate::core::i18n::{format_pub_date, t, Key, Lang};
use crate::core::model::{Source, SourceKind};
use crate::ui::components::source_item::source_link;

/// The code of a source kind, as in the dataset (`primary`, `mirror`, …).
fn kind_code(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::Primary => "primary",
        SourceKind::Mirror => "mirror",
        SourceKind::Legal => "legal",
        SourceKind::News => "news",
        SourceKind::Aggregator => "aggregator",
    }
}

/// The reliability tags of a source: its kind, and how it is known when it was not read.
fn tags(lang: Lang, src: &Source) -> Html {
    let access = source_access_label(lang, src.access)
        .map(|a| html! { <>{ " " }<span class={classes!("tag", "not-read")}>{ a }</span></> });
    html! {
        <span class="tags">
            <span class={classes!("tag", format!("k-{}", kind_code(src.kind)))}>{ source_kind_label(lang, src.kind) }</span>
            { for access }
        </span>
    }
}

/// One source: the title as a link, publisher, date and citation, then its tags.
fn item(lang: Lang, src: &Source) -> Html {
    html! {
        <li class={classes!((src.kind == SourceKind::Primary).then_some("primary"))}
            data-kind={kind_code(src.kind)} data-access={src.access.code()}>
            { source_link(src, &src.title, Some(t(lang, Key::OpensNewTab))) }
            <span class="meta">{ format!(" — {}, {}", src.publisher, format_pub_date(lang, src.date)) }
                { for src.citation.as_ref().map(|c| html! { <>{ " · " }<cite>{ c }</cite></> }) }
            </span>
            { " " }{ tags(lang, src) }
        </li>
    }
}

/// The "Sources" block for the source ids `ids`; "No source: nobody has researched …"
/// when there is none.
pub fn source_list(model: &Model, ids: &[String], lang: Lang) -> Html {
    html! {
        <div class="sources">
            <h5>{ t(lang, Key::Sources) }</h5>
            if ids.is_empty() {
                <p class="meta">{ t(lang, Key::NoSource) }</p>
            }
            <ul>{ for ids.iter().filter_map(|id| model.source(id)).map(|s| item(lang, s)) }</ul>
        </div>
    }
}
