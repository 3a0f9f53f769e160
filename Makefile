# NewsGraph: the two commands of the README, and their parts.
#   make export   build the graph of seeds/ into exports/ (GraphML, RDF/XML, DOT, JSON, SVG)
#   make test     every test: unit, golden, interop with the real tools, exports up to date,
#                 and the benchmark harness once at its smallest size (bench-smoke)
#   make bench    the benchmark against NetworkX, igraph, pyoxigraph, rapper, rdflib,
#                 pyahocorasick and grep (bench/README.md); BENCH_SIZES="small medium large"
SWIFT ?= swift
NEWSGRAPH = .build/release/newsgraph
EXPORTS ?= exports
SEEDS ?= seeds
BENCH_SIZES ?= small medium large
BENCH_RUNS ?= 3
BENCH_TIMEOUT ?= 900

.PHONY: export test unit-tests check-exports bench bench-smoke build release deps-build deps-test \
  deps-bench lint clean

export: deps-build release
	mkdir -p $(EXPORTS)
	$(NEWSGRAPH) build $(SEEDS) --out $(EXPORTS)
	@if command -v dot >/dev/null; then \
	  dot -Tsvg $(EXPORTS)/newsgraph.dot -o $(EXPORTS)/newsgraph.svg && echo $(EXPORTS)/newsgraph.svg; \
	else echo "graphviz not installed: no SVG (apt-get install graphviz)"; fi

test: deps-test unit-tests check-exports bench-smoke

unit-tests:
	$(SWIFT) build --build-tests
	$(SWIFT) test

# The committed exports/ must be what the current code writes from seeds/.
check-exports: release
	@rm -rf .build/exports-check && mkdir -p .build/exports-check
	$(MAKE) --no-print-directory export EXPORTS=.build/exports-check >/dev/null
	diff -r $(EXPORTS) .build/exports-check
	@echo "exports/ is up to date"

# The benchmark (bench/README.md): writes bench/results.md. Not a test: it times, never fails
# on a slow result.
bench: deps-bench release
	bench/run --no-setup --sizes "$(BENCH_SIZES)" --runs $(BENCH_RUNS) --timeout $(BENCH_TIMEOUT)

# CI's guard against a rotting harness: the smallest size once, every output non-empty.
bench-smoke: deps-bench release
	bench/run --no-setup --smoke

release:
	$(SWIFT) build -c release --product newsgraph

build:
	$(SWIFT) build

deps-build:
	@.ci/install-deps build

deps-test:
	@.ci/install-deps test

deps-bench:
	@.ci/install-deps bench

lint:
	$(SWIFT) format lint --recursive --strict Sources Tests

clean:
	rm -rf .build
