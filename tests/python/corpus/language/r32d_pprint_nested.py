# pprint a nested configuration: width, depth, sort_dicts, compact and pformat
from pprint import pprint, pformat
import pprint as pp

config = {
    "servers": [{"host": f"10.0.0.{i}", "ports": list(range(8000, 8000 + i)), "tags": ("web", "edge")}
                for i in range(1, 4)],
    "zeta": {"enabled": True, "ratio": 0.125, "nested": {"a": {"b": {"c": [1, 2, 3]}}}},
    "alpha": "a fairly long string value that will surely need wrapping because it is long",
}
pprint(config)
pprint(config, depth=2, width=60)
pprint(config["servers"][2], sort_dicts=False, compact=True, width=40)
print(pformat(list(range(30)), width=50, compact=True))
print(pp.isreadable(config), pp.saferepr([1, [2]]))
pprint({"b": 1, "a": [{"y": 2, "x": 1}]}, indent=4, width=20)
