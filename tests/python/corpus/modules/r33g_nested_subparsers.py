# Two levels of subcommands, like "cloud vm start NAME", and errors at each level
import argparse

root = argparse.ArgumentParser(prog="cloud")
top = root.add_subparsers(dest="group", required=True)
vm = top.add_parser("vm", help="virtual machines")
vm_sub = vm.add_subparsers(dest="action", required=True)
start = vm_sub.add_parser("start")
start.add_argument("name")
start.add_argument("--size", choices=["s", "m", "l"], default="s")
vm_sub.add_parser("list")
net = top.add_parser("net", help="networks")
net.add_argument("--cidr", default="10.0.0.0/8")
print(root.parse_args(["vm", "start", "web1", "--size", "m"]))
print(root.parse_args(["net"]))
print(root.parse_args(["vm", "list"]))
for argv in (["vm"], ["vm", "start"], ["vm", "start", "x", "--size", "xl"], ["dns"]):
    try:
        root.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code, argv)
root.parse_args(["vm", "start", "-h"])
