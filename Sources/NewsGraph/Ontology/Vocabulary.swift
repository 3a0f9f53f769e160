/// The W3C vocabularies NewsGraph's RDF uses besides its own ontology. These are standards,
/// not configuration, so they are the only IRIs written in code.
public enum Vocabulary {
  public static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  public static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
  public static let owl = "http://www.w3.org/2002/07/owl#"
  public static let xsd = "http://www.w3.org/2001/XMLSchema#"
  public static let skos = "http://www.w3.org/2004/02/skos/core#"
  public static let prov = "http://www.w3.org/ns/prov#"
}
