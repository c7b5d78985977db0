# Without add_help, -h is unknown; adding one's own help option by hand
import argparse

p = argparse.ArgumentParser(prog="nohelp", add_help=False)
p.add_argument("-h", "--host", default="localhost")
p.add_argument("-?", "--help", action="help", help="show help")
print(p.parse_args(["-h", "example.com"]))
p.print_help()
q = argparse.ArgumentParser(prog="plus", prefix_chars="+")
q.add_argument("+x", action="store_true")
q.print_help()
p.parse_args(["-?"])
