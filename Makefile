# Taiyaku build targets. `make run` and `make test` install the system
# packages they need (on Debian/Ubuntu) before building.

GO      ?= go
BIN     ?= taiyaku
SHARED  ?= ../shared
export LANG := en_US.UTF-8
# The CPU profile the compiler optimises both programs with (profile-guided
# optimisation); `make pgo` writes it again. go build applies it to
# cmd/taiyaku-cli by itself (default.pgo beside its main); the desktop
# program is given it here and in packaging/.
PGO     ?= $(CURDIR)/cmd/taiyaku-cli/default.pgo

# Debian packages: the C headers Fyne's OpenGL driver builds against, a
# Japanese font for the window, and Xvfb/ImageMagick/xdotool for screenshots
# and the tests that drive the real window; xmllint and translate-toolkit,
# which the XLIFF and TMX tests check our files with.
APT_PACKAGES := gcc pkg-config libgl1-mesa-dev xorg-dev fonts-noto-cjk xvfb imagemagick xdotool libxml2-utils translate-toolkit poppler-utils libreoffice-writer-nogui

.PHONY: pgo deps build run test gui-test bench speed-compare speed-1m fuzz lint score precision screenshots clean fuzz-long race windows windows-sign linux macos offline-test

deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

build: deps
	$(GO) build -pgo=$(PGO) -o $(BIN) .

# Profiles `taiyaku check` on generated releases, clean and damaged, and
# writes the profile both programs are optimised with (PGO above): about
# 30 s. Run it after the import or the checks changed much.
pgo:
	$(GO) generate ./cmd/taiyaku-cli

# Checks the sample release that ships inside the binary and prints what a
# press officer would see, then opens the editor on it when there is a
# display. (check exits 1 because the sample has one real defect.)
run: build
	-./$(BIN) check --sample
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ] || [ "$$(uname)" = Darwin ]; then ./$(BIN); fi

test: deps
	$(GO) test ./...

# Drives the real window under its own Xvfb with xdotool: typing across
# wrap points, undo/redo, merge, comments, replace all, renumber, each
# checked through the saved file, in three window sizes and languages.
# Screenshots and logs land in gui-artifacts/. GUITEST_DISPLAY picks the
# X display (default :77), GUITEST_ONLY a subset ("ja-1366x768/merge").
gui-test: build
	$(GO) test -tags guitest -count=1 -timeout 30m -v ./guitest/

# The race detector over every package; -short keeps the process-killing
# tests (hundreds of children) to a few runs each.
race: deps
	$(GO) test -race -short ./...

bench: deps
	$(GO) test -run '^$$' -bench . -benchmem ./...

# The issue 9 comparison: the whole `taiyaku check --format json` process
# and translate-toolkit's pofilter (5 checks) on the same 10,000 synthetic
# pairs, one after the other in one run on the same machine; prints the
# mean wall time of each and the ratio, for the desktop binary (which links
# Fyne) and for taiyaku-cli (which does not). pofilter comes with
# translate-toolkit (deps); without it the benchmark is skipped and the
# target fails.
SPEEDOUT ?= /tmp/taiyaku-speed-compare.txt
speed-compare: deps
	$(GO) test -pgo=$(PGO) -run '^$$' -bench 'ProcessCheck10k|ProcessCheckCLI10k|Pofilter10k' -count 3 . ./cmd/taiyaku-cli | tee $(SPEEDOUT)
	@awk '/^BenchmarkProcessCheck10k/ {t+=$$3; nt++} /^BenchmarkProcessCheckCLI10k/ {c+=$$3; nc++} \
	  /^BenchmarkPofilter10k/ {p+=$$3; np++} \
	  END { if (!nt || !nc || !np) { print "speed-compare: a benchmark did not run"; exit 1 } \
	    printf "pofilter %.0f ms; taiyaku check %.0f ms (%.1fx faster); taiyaku-cli check %.0f ms (%.1fx faster)\n", \
	      p/np/1e6, t/nt/1e6, (p/np)/(t/nt), c/nc/1e6, (p/np)/(c/nc) }' $(SPEEDOUT)

# The whole check process on 1,000,000 synthetic pairs, once: wall time
# and the child's peak resident memory (peak-MB; the goal is under 2 GB).
# It takes minutes.
speed-1m: deps
	TAIYAKU_BENCH_1M=1 $(GO) test -pgo=$(PGO) -run '^$$' -bench 'ProcessCheck1M' -benchtime 1x -timeout 2h .

# A short coverage-guided run of every fuzz target of every package (the
# seed corpora run in `make test` already).
FUZZTIME ?= 20s
fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for t in $$($(GO) test -list '^Fuzz' $$pkg 2>/dev/null | grep '^Fuzz'); do \
	    $(GO) test -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; done; done

# The same for minutes each; the corpus each run finds stays in Go's cache
# (go env GOCACHE, folder fuzz), so the next run starts where this one stopped.
fuzz-long:
	$(MAKE) fuzz FUZZTIME=5m

lint:
	test -z "$$(gofmt -l .)"
	$(GO) vet ./...
	staticcheck ./...

# Starts the real window under Xvfb and saves screenshots in both languages.
screenshots: build
	.ci/screenshots

# Scores the checker on the shared samples and on the real government pairs
# of testdata/real-pairs (each with its expected.json), then prints the
# findings per real pair and how many are true (README, "Precision on real
# releases").
score: build
	$(SHARED)/tools/score-samples ./$(BIN) $(SHARED)/samples testdata/real-pairs

precision: build
	tools/precision ./$(BIN) testdata/real-pairs

clean:
	rm -f $(BIN)

# Packages (scripts in packaging/; they install the Debian packages and the
# pinned fyne tool they need). Output in dist/.
#   windows: Taiyaku.exe, taiyaku-cli.exe, the per-user installer, the
#            portable zip and an MSI, cross-built with MinGW, then checked.
#   windows-sign: the same, signed with the PKCS#12 certificate named by
#            TAIYAKU_SIGN_PFX (see packaging/windows/sign-file.sh), verified.
#   linux:   Taiyaku-V-linux-amd64.tar.xz (binary, icon, .desktop, install.sh).
#   macos:   Taiyaku.app and a zip of it, on a Mac only (needs Apple's SDK).
#   offline-test: proves with strace, in a network namespace without
#            interfaces, that the program opens no network connection.
windows:
	packaging/windows/build.sh
	packaging/windows/check.sh

windows-sign: windows
	packaging/windows/sign.sh

linux:
	packaging/linux/build.sh

macos:
	packaging/macos/build.sh

offline-test: build
	packaging/offline/test.sh ./$(BIN)
