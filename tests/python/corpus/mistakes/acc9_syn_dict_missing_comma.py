# Two dict items without a comma between them.
limits = {
    "cpu": 2
    "memory": 512,
}
print(limits)
