# Argument groups organise the help into sections
import argparse

p = argparse.ArgumentParser(prog="train", description="Train a tiny model.")
data = p.add_argument_group("data", "Where the examples come from")
data.add_argument("--train", default="train.csv", help="training set")
data.add_argument("--test", help="test set")
model = p.add_argument_group("model options")
model.add_argument("--layers", type=int, default=2, help="number of layers")
model.add_argument("--lr", type=float, default=0.01, help="learning rate")
p.add_argument("--seed", type=int, default=0)
p.print_help()
print(p.parse_args(["--lr", "0.5", "--layers", "4"]))
