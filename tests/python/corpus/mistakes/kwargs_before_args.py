foo(**kwargs, *args)
