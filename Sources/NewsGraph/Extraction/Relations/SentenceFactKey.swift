/// What makes two relations of one document the same reading for `RelationExtractor.facts`:
/// type, ends, modality and sentence (0 for the whole document). A struct of the parts, not a
/// string joined from them: the ids and names hold no space, so the two tell the same
/// relations apart.
struct SentenceFactKey: Hashable {
  var type: String
  var source: String
  var target: String
  var modality: String
  var sentence: Int

  init(_ relation: ExtractedRelation) {
    type = relation.type
    source = relation.source
    target = relation.target
    modality = relation.attributes["modality"]?.lexicalForm ?? ""
    sentence = relation.provenance.sentence
  }
}
