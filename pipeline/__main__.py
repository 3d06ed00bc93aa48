from .cli import main

# The guard matters: Dask's local cluster spawns worker processes that import the main
# module again, and they must not start another run.
if __name__ == "__main__":
    main()
