# The popular recipe: show "-s, --size SIZE" instead of "-s SIZE, --size SIZE" in the help
import argparse

class CompactFormatter(argparse.HelpFormatter):
    def _format_action_invocation(self, action):
        if not action.option_strings or action.nargs == 0:
            return super()._format_action_invocation(action)
        default = self._get_default_metavar_for_optional(action)
        args_string = self._format_args(action, default)
        return ", ".join(action.option_strings) + " " + args_string

p = argparse.ArgumentParser(prog="compact", formatter_class=CompactFormatter)
p.add_argument("-s", "--size", type=int, help="size in bytes")
p.add_argument("-o", "--output", metavar="PATH", help="where to write")
p.add_argument("-p", "--point", nargs=2, type=float, help="a point")
p.add_argument("-f", "--force", action="store_true", help="overwrite")
p.print_help()
