# fromfile_prefix_chars: an @file argument that does not exist is reported as an error
import argparse

p = argparse.ArgumentParser(prog="atfile", fromfile_prefix_chars="@")
p.add_argument("--x", type=int)
p.add_argument("rest", nargs="*")
print(p.parse_args(["--x", "1", "plain"]))
p.parse_args(["@r33g_no_such_args_file.txt"])
