import ArgumentParser
import NewsGraph

struct BuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Extract the knowledge graph of news articles and export it.",
    // One paragraph (lines joined by `\`): ArgumentParser wraps it to the terminal width.
    discussion: """
      Reads English news articles (UTF-8 text, the first line the title) from files and folders \
      (a folder's *.txt files, its subfolders too, with the folder's INDEX.tsv for dates and \
      outlets), finds people, states, organizations, weapons systems, agreements and places and \
      the relations between them, and writes OUT/newsgraph.{graphml,rdf,dot,json}. An article \
      that cannot be read is reported and skipped; nothing is written when no article could be.
      """)

  @Argument(help: "Article files or folders (default: seeds).")
  var inputs: [String] = ["seeds"]

  @Option(help: "The folder to write newsgraph.{graphml,rdf,dot,json} into.")
  var out: String = "exports"

  @Option(
    name: .customLong("lexicon"),
    help: "An analyst lexicon (TSV with the header id, type, label, aliases, wikidata); repeatable.")
  var lexicons: [String] = []

  @Flag(help: "Print the names that matched nothing and the merge report.")
  var report = false

  @Option(help: "Worker threads for the per-article stages (default: one per core).")
  var jobs: Int?

  @OptionGroup var profileOptions: ProfileOptions
  @OptionGroup var ontologyOptions: OntologyOptions

  func run() throws {
    try Console.run {
      let exportOptions = try profileOptions.exportOptions()
      let resources = try ExtractionResources.load(
        ontologyFolder: ontologyOptions.folder(), analystLexicons: lexicons)
      let (articles, collectWarnings) = try ArticleCollector().collect(inputs)
      Console.report(collectWarnings)
      var pipeline = BuildPipeline(
        resources: resources, workers: jobs.map { max(1, $0) } ?? ParallelMap.processorCount)
      pipeline.collectsUnmatchedNames = report
      let result = try pipeline.run(articles)
      Console.report(result.diagnostics)
      guard result.documentsRead > 0 else {
        throw NewsGraphError(
          .noInput("none of the \(articles.count) articles could be read; nothing was written"))
      }
      if report { print(BuildReport(result: result).text, terminator: "") }
      try FileSystem.makeDirectory(out)
      let (paths, warnings) = try GraphExporter(
        ontology: resources.ontology, options: exportOptions
      ).export(result.graph, to: out, workers: pipeline.workers)
      Console.report(warnings)
      Console.printError(
        "newsgraph: \(result.documentsRead) articles read, \(result.documentsSkipped) skipped: "
          + "\(result.graph.entities.count) entities, \(result.graph.relations.count) relations")
      for path in paths { print(path) }
    }
  }
}
