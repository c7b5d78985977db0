# An error in a dict display written over several lines.
limits = {"a": 1}
config = {
    "timeout": 30,
    "retries": limits["b"],
    "delay": 0.5,
}
print(config)
