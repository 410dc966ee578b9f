// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Casus",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Casus", targets: ["Casus"]),
        .library(name: "TijdlijnRender", targets: ["TijdlijnRender"]),
        .executable(name: "casus", targets: ["casus"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"])]
        ),
        .target(
            name: "Casus",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Collections", package: "swift-collections"),
            ]
        ),
        // The .xlsx adapter: zip and XML stay out of the domain target.
        .target(
            name: "CasusXLSX",
            dependencies: ["Casus", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(
            name: "TijdlijnRender",
            dependencies: ["Casus", "CCairo"]
        ),
        .executableTarget(
            name: "casus",
            dependencies: [
                "Casus", "TijdlijnRender", "CasusXLSX",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "CasusTests",
            dependencies: [
                "Casus",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "CasusXLSXTests",
            dependencies: ["Casus", "CasusXLSX", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "TijdlijnRenderTests",
            dependencies: [
                "Casus", "TijdlijnRender",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"]
        ),
    ]
)
