# exit(2) (site's builtin, not sys.exit) in a loop over inputs: the status and no traceback
import math


def main():
    for n in [3, -1, 5]:
        if n < 0:
            print("negative number, stopping", n)
            exit(2)
        print(math.factorial(n))


main()
