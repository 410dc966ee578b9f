// swift-tools-version:6.1
import PackageDescription

// The layout, from the inside out (drawn in the README, "Opbouw"):
//   Casus           pure domain: model, intake, merge, patterns, aggregation, report, privacy
//   CasusOpslag     the workbench: the store protocol; one store over SQLite (GRDB) or PostgreSQL (postgres-nio)
//   TijdlijnRender  layout (geometry only) and its painters: PNG/PDF via Cairo, SVG
//   CasusApp        the jobs the command line (and a web server) call
//   CasusWeb        the live session in the browser (Hummingbird): `casus sessie`
//   Opdrachtregel   command-line plumbing shared by both executables: Dutch help, exit codes
//   casus           the thin command line
//   CasusProef      test support: synthetic casussen, measurements, the kill harness
//   casus-proef     developer commands (bench, stress); not part of the product
let package = Package(
    name: "Casus",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Casus", targets: ["Casus"]),
        .library(name: "CasusOpslag", targets: ["CasusOpslag"]),
        .library(name: "TijdlijnRender", targets: ["TijdlijnRender"]),
        .library(name: "CasusApp", targets: ["CasusApp"]),
        .library(name: "Document", targets: ["Document"]),
        .executable(name: "casus", targets: ["casus"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // SHA-256 of stored formats. 3.x builds here and lies in postgres-nio's range (3.9 up to 6).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"])]
        ),
        .systemLibrary(name: "CZlibSysteem", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CDeflate", pkgConfig: "libdeflate", providers: [.apt(["libdeflate-dev"])]),
        .target(
            name: "Casus",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "CasusOpslag",
            dependencies: [
                "Casus",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The .xlsx adapter: zip and XML stay out of the domain target.
        .target(
            name: "CasusXLSX",
            dependencies: ["Casus", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(
            name: "TijdlijnRender",
            dependencies: ["Casus", "CCairo", "CZlibSysteem", "CDeflate"]
        ),
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev"])]
        ),
        // Reports as documents: one model, written as self-contained HTML or paged PDF (Pango).
        .target(
            name: "Document",
            dependencies: ["Casus", "CPangoCairo"]
        ),
        .target(
            name: "CasusApp",
            dependencies: ["Casus", "CasusOpslag", "TijdlijnRender", "Document"]
        ),
        .target(
            name: "CasusWeb",
            dependencies: [
                "Casus", "CasusOpslag", "TijdlijnRender", "CasusApp", "CasusXLSX",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "Opdrachtregel",
            dependencies: ["Casus", "CasusOpslag", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "casus",
            dependencies: [
                "Casus", "CasusOpslag", "TijdlijnRender", "CasusApp", "CasusWeb", "Opdrachtregel", "CasusXLSX",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "CasusProef",
            dependencies: ["Casus", "CasusOpslag", "TijdlijnRender"]
        ),
        .executableTarget(
            name: "casus-proef",
            dependencies: [
                "Casus", "CasusOpslag", "CasusProef", "CasusApp", "TijdlijnRender", "Opdrachtregel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "CasusTests",
            dependencies: [
                "Casus", "CasusOpslag", "CasusApp", "CasusProef", "CasusXLSX",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "CasusXLSXTests",
            dependencies: ["Casus", "CasusOpslag", "CasusXLSX", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "TijdlijnRenderTests",
            dependencies: [
                "Casus", "TijdlijnRender", "CCairo", "CDeflate", "CasusApp", "CasusProef",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(
            name: "CasusWebTests",
            dependencies: [
                "Casus", "CasusOpslag", "CasusWeb", "TijdlijnRender", "CasusProef",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
    ]
)
