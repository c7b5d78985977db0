# ArgumentDefaultsHelpFormatter adds "(default: ...)" to each help line
import argparse

p = argparse.ArgumentParser(prog="resize", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument("image", help="image to resize")
p.add_argument("--scale", type=float, default=0.5, help="scale factor")
p.add_argument("--filter", default="lanczos", choices=["nearest", "lanczos"], help="resampling filter")
p.add_argument("--quality", type=int, default=85)
p.add_argument("--keep", action="store_true", help="keep the original")
p.add_argument("--out", help="output name")
p.add_argument("--tags", nargs="*", default=["a", "b"], help="tags to add")
p.add_argument("--hidden", default=3, help=argparse.SUPPRESS)
p.print_help()
