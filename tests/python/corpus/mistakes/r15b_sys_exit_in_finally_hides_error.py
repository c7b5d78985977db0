# Mistake: sys.exit(0) in a finally block hides the error that was on its way out.
import sys

def main():
    try:
        values = [1, 2, 0]
        print([10 // v for v in values])
    finally:
        print("cleaning up")
        sys.exit(0)

main()
