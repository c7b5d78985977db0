import sys

def main():
    print("checking input")
    items = []
    if not items:
        print("nothing to do", file=sys.stderr)
        return 3
    return 0

if __name__ == "__main__":
    code = main()
    print("exiting with", code)
    sys.exit(code)
