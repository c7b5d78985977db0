# A long description and epilog are wrapped at 80 columns, and so are long help strings
import argparse

text = ("This program reads a list of numbers and computes their factorials concurrently "
        "using asyncio. Each factorial is computed in its own task, and the results are "
        "printed as soon as each one is ready, in the order they finish.")
p = argparse.ArgumentParser(prog="factorials", description=text,
                            epilog="Written for the chapter on asyncio. " * 4)
p.add_argument("numbers", nargs="+", type=int,
               help="the numbers whose factorials should be computed; each number must be a "
                    "non-negative integer, and large numbers take longer")
p.add_argument("--delay", type=float, default=0.1,
               help="seconds to sleep between multiplication steps, to make the concurrency visible")
p.add_argument("--a-very-long-option-name-that-pushes-help", metavar="SOMETHING_LONG",
               help="short help")
p.print_help()
