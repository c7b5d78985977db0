# A formatter that lists the options alphabetically, and one that capitalises the section titles
import argparse
from operator import attrgetter

class SortingHelpFormatter(argparse.HelpFormatter):
    def add_arguments(self, actions):
        actions = sorted(actions, key=attrgetter("option_strings"))
        super().add_arguments(actions)

class TitleFormatter(SortingHelpFormatter):
    def start_section(self, heading):
        super().start_section(heading.title() if heading else heading)

for fc in (SortingHelpFormatter, TitleFormatter):
    p = argparse.ArgumentParser(prog="sorted", formatter_class=fc, add_help=False)
    for name in ("--zeta", "--alpha", "--mu", "--beta"):
        p.add_argument(name, help=f"the {name[2:]} option")
    p.add_argument("target", help="positional stays put")
    p.print_help()
