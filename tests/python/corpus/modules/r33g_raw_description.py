# RawDescriptionHelpFormatter keeps the description's line breaks; the default reflows it
import argparse
import textwrap

desc = textwrap.dedent("""\
    Backup tool.
        Examples:
          backup --full /home
          backup --since 2024-01-01 /etc
    Please read the manual first.""")
for cls in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter):
    p = argparse.ArgumentParser(prog="backup", description=desc, epilog="  indented   epilog\n  line two",
                                formatter_class=cls)
    p.add_argument("--full", action="store_true", help="do a full   backup\nnot an incremental one")
    p.add_argument("target")
    print(p.format_help())
    print("=" * 20)
