// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "NewsGraph",
  products: [
    .library(name: "NewsGraph", targets: ["NewsGraph"]),
    .executable(name: "newsgraph", targets: ["NewsGraphCLI"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .target(name: "NewsGraph", dependencies: ["CLibXML2"]),
    .executableTarget(
      name: "NewsGraphCLI",
      dependencies: [
        "NewsGraph",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .target(
      name: "NewsGraphTestSupport", dependencies: ["NewsGraph"], path: "Tests/NewsGraphTestSupport"),
    .testTarget(
      name: "NewsGraphTests",
      dependencies: ["NewsGraph", "NewsGraphTestSupport"],
      exclude: ["Goldens"]
    ),
    .testTarget(
      name: "NewsGraphInteropTests",
      dependencies: ["NewsGraph", "NewsGraphTestSupport"]
    ),
  ]
)
