# Running the script with no arguments when one is required: the usage names the script
import argparse

def main():
    parser = argparse.ArgumentParser(description="Compute n! for each n")
    parser.add_argument("n", type=int, nargs="+", help="numbers")
    args = parser.parse_args()
    for n in args.n:
        print(n)

if __name__ == "__main__":
    main()
