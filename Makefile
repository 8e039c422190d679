# Taiyaku build targets. `make run` and `make test` install the system
# packages they need (on Debian/Ubuntu) before building.

GO      ?= go
BIN     ?= taiyaku
SHARED  ?= ../shared
export LANG := en_US.UTF-8

# Debian packages: the C headers Fyne's OpenGL driver builds against, a
# Japanese font for the window, and Xvfb/ImageMagick for screenshots.
APT_PACKAGES := gcc pkg-config libgl1-mesa-dev xorg-dev fonts-noto-cjk xvfb imagemagick

.PHONY: deps build run test bench fuzz lint score screenshots clean windows windows-sign linux macos offline-test

deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

build: deps
	$(GO) build -o $(BIN) .

# Checks the sample release that ships inside the binary and prints what a
# press officer would see, then opens the editor on it when there is a
# display. (check exits 1 because the sample has one real defect.)
run: build
	-./$(BIN) check --sample
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ] || [ "$$(uname)" = Darwin ]; then ./$(BIN); fi

test: deps
	$(GO) test ./...

bench: deps
	$(GO) test -run '^$$' -bench . -benchmem ./...

# A short coverage-guided run of every fuzz target (the seed corpora run
# in `make test` already).
fuzz:
	@for t in "FuzzParse ./app/numbering" "FuzzExtract ./app/textfacts" "FuzzDecode ./app/importtext" "FuzzImport ./app/importtext" "FuzzUnmarshal ./app/release"; do \
	  set -- $$t; $(GO) test -run '^$$' -fuzz "^$$1$$" -fuzztime 20s $$2 || exit 1; done

lint:
	test -z "$$(gofmt -l .)"
	$(GO) vet ./...
	staticcheck ./...

# Starts the real window under Xvfb and saves screenshots in both languages.
screenshots: build
	.ci/screenshots

score: build
	$(SHARED)/tools/score-samples ./$(BIN) $(SHARED)/samples

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
