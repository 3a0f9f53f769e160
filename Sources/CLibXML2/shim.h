#ifndef NEWSGRAPH_CLIBXML2_SHIM_H
#define NEWSGRAPH_CLIBXML2_SHIM_H

/* Debian's libxml2 is built with ICU; its headers then pull in ICU types that clash with
   Foundation's own ICU in the same Swift module. NewsGraph uses no ICU-dependent API. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlerror.h>

/* xmlFree is a mutable C global, which Swift 6 rejects as not concurrency-safe. */
static inline void newsgraph_xml_free(void *pointer) { xmlFree(pointer); }

/* Refuses every external entity, DTD and schema fetch: NewsGraph never loads anything
   a document points to. */
static xmlParserInputPtr newsgraph_refuse_entity(const char *url, const char *id,
                                                 xmlParserCtxtPtr context) {
  (void)url; (void)id; (void)context;
  return NULL;
}
static inline void newsgraph_install_entity_refusal(void) {
  xmlSetExternalEntityLoader(newsgraph_refuse_entity);
}

#endif
