# NewsGraph: the two commands of the README, and their parts.
#   make export   build the graph of seeds/ into exports/ (GraphML, RDF/XML, DOT, JSON, SVG)
#   make test     every test: unit, golden, interop with the real tools, exports up to date
SWIFT ?= swift
NEWSGRAPH = .build/release/newsgraph
EXPORTS ?= exports
SEEDS ?= seeds

.PHONY: export test unit-tests check-exports build release deps-build deps-test lint clean

export: deps-build release
	mkdir -p $(EXPORTS)
	$(NEWSGRAPH) build $(SEEDS) --out $(EXPORTS)
	@if command -v dot >/dev/null; then \
	  dot -Tsvg $(EXPORTS)/newsgraph.dot -o $(EXPORTS)/newsgraph.svg && echo $(EXPORTS)/newsgraph.svg; \
	else echo "graphviz not installed: no SVG (apt-get install graphviz)"; fi

test: deps-test unit-tests check-exports

unit-tests:
	$(SWIFT) build --build-tests
	$(SWIFT) test

# The committed exports/ must be what the current code writes from seeds/.
check-exports: release
	@rm -rf .build/exports-check && mkdir -p .build/exports-check
	$(MAKE) --no-print-directory export EXPORTS=.build/exports-check >/dev/null
	diff -r $(EXPORTS) .build/exports-check
	@echo "exports/ is up to date"

release:
	$(SWIFT) build -c release --product newsgraph

build:
	$(SWIFT) build

deps-build:
	@.ci/install-deps build

deps-test:
	@.ci/install-deps test

lint:
	$(SWIFT) format lint --recursive --strict Sources Tests

clean:
	rm -rf .build
