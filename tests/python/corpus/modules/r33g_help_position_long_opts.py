# Options with long names push their help onto the next line; short ones keep it beside them
import argparse

p = argparse.ArgumentParser(prog="align")
p.add_argument("-s", help="short")
p.add_argument("--medium-name", help="medium name")
p.add_argument("--extremely-long-option-name-for-testing", metavar="VALUE", help="help goes below")
p.add_argument("-x", "--xx", "--xxx", nargs="+", metavar="X", help="many strings")
p.add_argument("pos", nargs=3, metavar=("A", "B", "C"), help="three positionals")
p.add_argument("rest", nargs="...", help="remainder")
p.print_help()
