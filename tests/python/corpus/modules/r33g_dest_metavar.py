# dest and metavar change the attribute name and what the help shows
import argparse

p = argparse.ArgumentParser(prog="srv")
p.add_argument("--listen-port", "-p", type=int, metavar="PORT", help="port to listen on")
p.add_argument("--host", dest="address", metavar="ADDR", default="localhost")
p.add_argument("--pair", nargs=2, metavar=("KEY", "VALUE"))
p.add_argument("inputs", metavar="FILE", nargs="+", help="files to serve")
p.print_help()
a = p.parse_args(["-p", "8080", "--pair", "k", "v", "a.txt", "b.txt"])
print(a.listen_port, a.address, a.pair, a.inputs)
