import ArgumentParser

@main
struct NewsGraphCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "newsgraph",
    abstract: "Turn defence and geopolitics news into a knowledge graph, and export it.",
    subcommands: [BuildCommand.self, ConvertCommand.self, DemoCommand.self])
}
