# Module-level state, __name__ == "__main__", a main() function and sys.exit with a code
import sys

VERSION = (1, 2, 0)
_settings = {"verbose": False}


def configure(**kwargs):
    unknown = set(kwargs) - set(_settings)
    if unknown:
        raise KeyError(f"unknown settings: {sorted(unknown)}")
    _settings.update(kwargs)


def main(argv):
    print(__name__, "version", ".".join(map(str, VERSION)))
    configure(verbose=True)
    print(_settings)
    try:
        configure(colour="red", speed=3)
    except KeyError as e:
        print("error:", e)
        return 2
    return 0


if __name__ == "__main__":
    code = main(sys.argv[1:])
    print("exiting with", code)
    sys.exit(code)
