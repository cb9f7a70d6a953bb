"""The driver file for spark-submit, and ``python -m warta.cli.spark_submit extract INPUT OUTPUT``.

spark-submit needs a ``.py`` file as its application; this one is installed with warta and runs the
``warta spark`` command group (:mod:`warta.cli.spark`)::

    spark-submit --master yarn ... "$(python -c 'import warta.cli.spark_submit as m; print(m.__file__)')" \\
        extract hdfs:///news/ hdfs:///warta/events/

It lives in the CLI, above :mod:`warta.spark`: the Spark job never imports the command line.
"""

from warta.cli.spark import spark_app

__all__ = ["spark_app"]

if __name__ == "__main__":
    spark_app(prog_name="warta spark")
