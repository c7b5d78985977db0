# Pretty-printing a nested configuration with pprint's width, depth and sorting options.
import pprint

config = {
    "service": "checkout",
    "replicas": 3,
    "env": {"DB_URL": "postgres://db:5432/shop", "CACHE": "redis://cache:6379", "DEBUG": False},
    "ports": [8080, 8081, 8082, 8083, 8084, 8085, 8086, 8087, 8088, 8089, 8090],
    "limits": {"cpu": 0.5, "memory": 1_073_741_824},
    "zones": ("eu-west-1a", "eu-west-1b"),
}
pprint.pprint(config)
pprint.pprint(config, width=60, sort_dicts=False, compact=True)
pprint.pprint(config, depth=1)
print(pprint.pformat(config["limits"], underscore_numbers=True))
pp = pprint.PrettyPrinter(indent=4, width=30)
pp.pprint(["alpha", "beta", "gamma", "delta", {"k": [1, 2, 3]}])
print(pprint.isreadable(config), pprint.isrecursive(config), pprint.saferepr([1, "a"]))
rec = [1, 2]
rec.append(rec)
print(pprint.isrecursive(rec), pprint.pformat(rec).split(' with')[0])
pprint.pp({"b": 1, "a": 2})
pprint.pprint("a long string " * 8, width=40)
