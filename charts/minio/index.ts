/** The object store: the MinIO operator (minio-operator) and the tenant (minio), one product split for ordering. */
export { minioOperatorComponent } from './operator';
export { minioComponent } from './chart';
