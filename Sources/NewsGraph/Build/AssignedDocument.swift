/// An analysed document with the entity each of its mentions resolved to (nil when dropped):
/// what the ordered resolution hands to relation extraction.
///
/// The `ResolvedDocument` (the text as bytes, a `ResolvedMention` per kept mention) is made
/// from it by the extraction task, on any core, instead of on the one thread that resolves
/// every document in order.
struct AssignedDocument: Sendable {
  var document: AnalyzedDocument
  /// Per mention of `document`, in order: its entity id, nil when dropped.
  var assignments: [String?]

  /// The document as relation extraction reads it.
  var resolved: ResolvedDocument {
    ResolvedDocument(
      article: document.article, sentences: document.sentences, mentions: document.mentions,
      assignments: assignments)
  }
}
