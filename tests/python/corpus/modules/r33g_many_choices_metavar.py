# A long list of choices makes a huge metavar; a metavar keeps the usage short
import argparse

cities = ["amsterdam", "berlin", "copenhagen", "dublin", "edinburgh", "florence", "geneva",
          "helsinki", "istanbul", "jerusalem", "kyiv", "lisbon"]
p = argparse.ArgumentParser(prog="trip")
p.add_argument("--from", dest="origin", choices=cities, required=True)
p.add_argument("--to", choices=cities, metavar="CITY", help="one of: " + ", ".join(cities))
p.add_argument("days", type=int, choices=range(1, 15))
p.print_help()
p.parse_args(["3", "--from", "paris"])
