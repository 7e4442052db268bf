// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace atrium {

struct ApiParameter {
    QString name;
    QString in;          ///< path, query, header, cookie, body (Swagger 2)
    QString type;        ///< schema type or referenced schema's name
    QString description;
    bool required = false;
};

struct ApiResponse {
    QString code;        ///< `200`, `4XX`, `default`
    QString description;
    QString type;        ///< the JSON body's schema type or name, if any
};

/** One operation (method + path) of an OpenAPI or Swagger definition. */
struct ApiOperation {
    QString method;      ///< upper case: GET, POST…
    QString path;
    QString operationId;
    QString summary;
    QString description;
    QStringList tags;
    bool deprecated = false;
    QList<ApiParameter> parameters; ///< path-level ones merged in
    QString requestBody; ///< media types and schema, e.g. `application/json: Order`
    QList<ApiResponse> responses;
};

struct ApiDefinitionSummary {
    QString format;      ///< `OpenAPI 3.0.1`, `Swagger 2.0`
    QString title;
    QString version;
    QList<ApiOperation> operations; ///< in the definition's order
    QString error;       ///< why the text could not be read; empty when it could
};

/** Reads the operations of an OpenAPI 3.x or Swagger 2.0 definition
 *  (YAML or JSON text), resolving local `$ref`s to parameters, responses
 *  and request bodies. Never throws; a definition that is not OpenAPI says so. */
ApiDefinitionSummary readOpenApi(const QString &text);

} // namespace atrium
