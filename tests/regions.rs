//! The region presets on the shipped map: each frames its own region (landmarks at its
//! edges inside, a neighbouring region's outside), differs from the world view, and is
//! centred on its region.

use h200_map::core::land::Land;
use h200_map::core::layout::crop_height;
use h200_map::core::projection::Frame;
use h200_map::core::region::{extent, Region};
use h200_map::core::shipped;
use h200_map::core::view::ViewBox;

/// `[lon, lat]` of places at the edges of each region, and of places outside it.
fn landmarks(r: Region) -> (&'static [[f64; 2]], &'static [[f64; 2]]) {
    match r {
        Region::World => (&[], &[]),
        // Tokyo, Sapporo, Jakarta, Kabul, Almaty, Colombo; outside: Dakar, Sydney.
        Region::Asia => (
            &[
                [139.7, 35.7],
                [141.35, 43.06],
                [106.8, -6.2],
                [69.2, 34.5],
                [76.9, 43.2],
                [79.9, 6.9],
            ],
            &[[-17.4, 14.7], [151.2, -33.9]],
        ),
        // Cairo, Istanbul, Muscat, Aden, Tehran; outside: Moscow, Nairobi.
        Region::MiddleEast => (
            &[
                [31.2, 30.0],
                [28.98, 41.0],
                [58.4, 23.6],
                [45.0, 12.8],
                [51.4, 35.7],
            ],
            &[[37.6, 55.8], [36.8, -1.3]],
        ),
        // Lisbon, Tarifa, Reykjavik, North Cape, Moscow, Valletta; outside: Yekaterinburg's
        // east (Novosibirsk), Cairo.
        Region::Europe => (
            &[
                [-9.1, 38.7],
                [-5.6, 36.0],
                [-21.9, 64.1],
                [25.8, 71.0],
                [37.6, 55.8],
                [14.5, 35.9],
            ],
            &[[82.9, 55.0], [31.2, 30.0]],
        ),
        // Anchorage, Halifax, Havana, Mexico City, Panama City; outside: Lima, Tokyo.
        Region::NorthAmerica => (
            &[
                [-149.9, 61.2],
                [-63.6, 44.6],
                [-82.4, 23.1],
                [-99.1, 19.4],
                [-79.5, 8.98],
            ],
            &[[-77.0, -12.0], [139.7, 35.7]],
        ),
        // Ushuaia, Recife, Caracas, Lima; outside: Havana, Tokyo.
        Region::SouthAmerica => (
            &[
                [-68.3, -54.8],
                [-34.9, -8.05],
                [-66.9, 10.5],
                [-77.0, -12.0],
            ],
            &[[-82.4, 23.1], [139.7, 35.7]],
        ),
        // Tunis, Cape Town, Dakar, Mogadishu, Port Louis; outside: Paris, Sydney.
        Region::Africa => (
            &[
                [10.2, 36.8],
                [18.4, -33.9],
                [-17.4, 14.7],
                [45.3, 2.0],
                [57.5, -20.2],
            ],
            &[[2.35, 48.9], [151.2, -33.9]],
        ),
    }
}

#[test]
fn each_preset_frames_its_region_centred_and_differs_from_the_world() {
    let geo = shipped::world();
    let land = Land::new(&geo);
    let full = ViewBox::full(f64::from(geo.width), f64::from(crop_height(&geo)));
    let frame = Frame::new(geo.width);
    let mut seen: Vec<ViewBox> = Vec::new();
    for r in Region::ALL {
        let v = r.view_box(&full, &land, geo.width);
        let inside = |p: [f64; 2]| p[0] > v.x && p[0] < v.x + v.w && p[1] > v.y && p[1] < v.y + v.h;
        let (ins, outs) = landmarks(r);
        for p in ins {
            assert!(
                inside(frame.project(*p)),
                "{r:?}: {p:?} is outside {}",
                v.attr()
            );
        }
        for p in outs {
            assert!(
                !inside(frame.project(*p)),
                "{r:?}: {p:?} is inside {}",
                v.attr()
            );
        }
        assert!(
            !seen.contains(&v),
            "{r:?} repeats another preset: {}",
            v.attr()
        );
        seen.push(v);
        if let Some([x0, y0, x1, y1]) = extent(r, &land, geo.width) {
            assert_ne!(v, full, "{r:?} is not the world view");
            let (cx, cy) = (v.x + v.w / 2.0, v.y + v.h / 2.0);
            assert!(
                (cx - (x0 + x1) / 2.0).abs() < 1e-6 && (cy - (y0 + y1) / 2.0).abs() < 1e-6,
                "{r:?} centred"
            );
            assert!(
                x0 >= v.x && x1 <= v.x + v.w && y0 >= v.y && y1 <= v.y + v.h,
                "{r:?} holds its extent"
            );
        } else {
            assert_eq!((r, v), (Region::World, full));
        }
        println!("{r:?}: viewBox {} (zoom {:.2})", v.attr(), v.zoom(&full));
    }
}
