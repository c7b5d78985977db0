# parser.exit with a status and a message, caught and then uncaught
import argparse

p = argparse.ArgumentParser(prog="quitter")
try:
    p.exit(3, "leaving early\n")
except SystemExit as e:
    print("caught", repr(e.code))
try:
    p.exit()
except SystemExit as e:
    print("caught", repr(e.code))
p.exit(4, "bye\n")
